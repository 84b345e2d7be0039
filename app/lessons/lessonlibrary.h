#pragma once

#include "lesson.h"

#include <QtCore/QCoreApplication>

#include <functional>

namespace SocketScope {

// The lessons found in a folder (the built-in ones are compiled in under ":/lessons"). A broken
// file is kept out of the list and reported with its reason; it never stops the others.
class LessonLibrary
{
    Q_DECLARE_TR_FUNCTIONS(LessonLibrary)

public:
    static QString builtInFolder() { return QStringLiteral(":/lessons"); }

    struct Problem
    {
        QString path;
        QString reason;
    };

    // Reads every *.json in `folder`. `extraActions`: action names registered on the player.
    // Returns false when the folder holds no lesson at all.
    bool load(const QString &folder, const QStringList &extraActions = {});
    // One file, added to the list when it is good. `replaceSameId`: a lesson with the same id
    // gives way (a teacher's own copy of a built-in lesson, named by --lesson PATH).
    bool loadFile(const QString &path, const QStringList &extraActions = {}, bool replaceSameId = false);

    const QList<Lesson> &lessons() const { return m_lessons; }
    // Leaves out the lessons `keep` says no to (a replay keeps those that need no live socket).
    void keepOnly(const std::function<bool(const Lesson &)> &keep);
    const Lesson *find(const QString &id) const;
    const QList<Problem> &problems() const { return m_problems; }
    // "file: reason" per problem, for stderr and the status bar.
    QStringList problemLines() const;

private:
    void sort();

    QList<Lesson> m_lessons;
    QList<Problem> m_problems;
};

} // namespace SocketScope
