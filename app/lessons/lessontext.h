#pragma once

#include <QtCore/QString>

namespace SocketScope {

// A text a lesson carries in both languages. Lesson narration lives in the lesson file, not in
// the translation catalogue, so a teacher can write or fix a lesson without rebuilding.
struct LessonText
{
    QString en;
    QString ko;

    // The text in `language` ("ko", "ko_KR", "en" ...), English when there is none.
    QString in(const QString &language) const
    {
        return language.startsWith(QLatin1StringView("ko")) && !ko.isEmpty() ? ko : en;
    }
};

} // namespace SocketScope
