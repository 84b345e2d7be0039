#include "lessonlibrary.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <algorithm>

namespace SocketScope {

namespace {
// A lesson is a page of text; anything far larger is not a lesson and is not read whole.
constexpr qint64 kMaxLessonBytes = qint64(1024) * 1024;
} // namespace

bool LessonLibrary::load(const QString &folder, const QStringList &extraActions)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        loadFile(dir.filePath(file), extraActions);
    return !m_lessons.isEmpty();
}

bool LessonLibrary::loadFile(const QString &path, const QStringList &extraActions, bool replaceSameId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({path, tr("cannot be read: %1").arg(file.errorString())});
        return false;
    }
    if (file.size() > kMaxLessonBytes) {
        m_problems.append(
            {path, tr("is larger than %1 KiB, too large for a lesson").arg(kMaxLessonBytes / 1024)});
        return false;
    }
    QString error;
    std::optional<Lesson> lesson = Lesson::fromJson(file.readAll(), extraActions, &error);
    if (!lesson) {
        m_problems.append({path, error});
        return false;
    }
    if (replaceSameId)
        m_lessons.removeIf([&lesson](const Lesson &known) { return known.id == lesson->id; });
    if (find(lesson->id)) {
        m_problems.append({path, tr("uses the id \"%1\", which another lesson already has").arg(lesson->id)});
        return false;
    }
    lesson->sourcePath = path;
    m_lessons.append(*lesson);
    sort();
    return true;
}

void LessonLibrary::keepOnly(const std::function<bool(const Lesson &)> &keep)
{
    m_lessons.removeIf([&keep](const Lesson &lesson) { return !keep(lesson); });
}

const Lesson *LessonLibrary::find(const QString &id) const
{
    for (const Lesson &lesson : m_lessons) {
        if (lesson.id == id)
            return &lesson;
    }
    return nullptr;
}

QStringList LessonLibrary::problemLines() const
{
    QStringList lines;
    for (const Problem &problem : m_problems)
        lines << QStringLiteral("%1: %2").arg(QFileInfo(problem.path).fileName(), problem.reason);
    return lines;
}

void LessonLibrary::sort()
{
    std::stable_sort(m_lessons.begin(), m_lessons.end(), [](const Lesson &a, const Lesson &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

} // namespace SocketScope
