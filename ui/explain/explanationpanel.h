#pragma once

#include "journal/event.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QAbstractItemModel;
class QLabel;
class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace SocketScope {

// The side panel that says what things mean: the column, kernel state or event kind the
// learner selected, a glossary, and the questions learners ask, each answered with the lesson
// that shows it.
class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    // A column of any of the app's tables: its header and the model's own tooltip for it.
    void explainColumn(const QAbstractItemModel *model, int column);
    void explainKernelState(TcpState state);
    void explainEventKind(EventKind kind);
    // A glossary entry by key ("time_wait", "socket_pair" ...); selects it in the glossary.
    void showTerm(const QString &key);
    // 1.0 normal; larger for presentation mode.
    void setPresentationScale(qreal scale);

    QString currentTitle() const;
    QString currentText() const;

signals:
    // A "Show me" link under a learner's question: the window opens that lesson.
    void lessonRequested(const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Subject : quint8 { None, Column, State, Event, Term };

    void retranslate();
    void refresh();
    void fillGlossary();
    void fillQuestions();
    void show(const QString &title, const QString &text);
    void applyFonts();

    Subject m_subject = Subject::None;
    QPointer<const QAbstractItemModel> m_model;
    int m_column = -1;
    TcpState m_state = TcpState::Unknown;
    EventKind m_kind = EventKind::Error;
    QString m_term;
    qreal m_scale = 1.0;

    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_text;
    QTabWidget *m_tabs;
    QListWidget *m_terms;
    QTextBrowser *m_termText;
    QTextBrowser *m_questions;
};

} // namespace SocketScope
