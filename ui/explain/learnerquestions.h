#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace SocketScope {

// The questions learners ask (concepts.md section 4), answered, with where in the app to see it.
class LearnerQuestions
{
    Q_DECLARE_TR_FUNCTIONS(LearnerQuestions)

public:
    struct Answer
    {
        QString question;
        QString answer;
        QString lessonId; // the lesson that shows it
    };

    static QList<Answer> all();
};

} // namespace SocketScope
