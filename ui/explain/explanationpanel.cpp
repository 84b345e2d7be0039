#include "explanationpanel.h"

#include "glossary.h"
#include "learnerquestions.h"
#include "models/eventexplanations.h"
#include "models/labels.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QEvent>
#include <QtCore/QUrl>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_terms(new QListWidget(this))
    , m_termText(new QTextBrowser(this))
    , m_questions(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explanationPanel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *glossaryPage = new QSplitter(Qt::Vertical, this);
    glossaryPage->addWidget(m_terms);
    glossaryPage->addWidget(m_termText);
    glossaryPage->setStretchFactor(1, 1);
    m_tabs->addTab(glossaryPage, QString());
    m_questions->setOpenLinks(false);
    m_terms->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(m_questions, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_tabs, 1);

    connect(m_terms, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<Glossary::Term> terms = Glossary::terms();
        if (row >= 0 && row < terms.size())
            m_termText->setPlainText(terms.at(row).meaning);
    });
    connect(m_questions, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("lesson"))
            emit lessonRequested(url.path());
    });
    retranslate();
    applyFonts();
}

void ExplanationPanel::explainColumn(const QAbstractItemModel *model, int column)
{
    m_subject = Subject::Column;
    m_model = model;
    m_column = column;
    refresh();
}

void ExplanationPanel::explainKernelState(TcpState state)
{
    m_subject = Subject::State;
    m_state = state;
    refresh();
}

void ExplanationPanel::explainEventKind(EventKind kind)
{
    m_subject = Subject::Event;
    m_kind = kind;
    refresh();
}

void ExplanationPanel::showTerm(const QString &key)
{
    m_subject = Subject::Term;
    m_term = key;
    refresh();
    const QList<Glossary::Term> terms = Glossary::terms();
    for (int i = 0; i < terms.size(); ++i) {
        if (terms.at(i).key == key) {
            m_tabs->setCurrentIndex(0);
            m_terms->setCurrentRow(i);
        }
    }
}

void ExplanationPanel::setPresentationScale(qreal scale)
{
    m_scale = qBound(0.5, scale, 4.0);
    applyFonts();
}

QString ExplanationPanel::currentTitle() const
{
    return m_title->text();
}

QString ExplanationPanel::currentText() const
{
    return m_text->text();
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExplanationPanel::retranslate()
{
    m_heading->setText(tr("What does this mean?"));
    m_tabs->setTabText(0, tr("Glossary"));
    m_tabs->setTabText(1, tr("Questions", "learners' questions"));
    fillGlossary();
    fillQuestions();
    refresh();
}

void ExplanationPanel::refresh()
{
    switch (m_subject) {
    case Subject::None:
        show({}, tr("Click a column header, a kernel state or an event, and its meaning appears here."));
        return;
    case Subject::Column:
        if (!m_model) {
            show({}, {});
            return;
        }
        show(m_model->headerData(m_column, Qt::Horizontal, Qt::DisplayRole).toString(),
            m_model->headerData(m_column, Qt::Horizontal, Qt::ToolTipRole).toString());
        return;
    case Subject::State:
        show(Labels::kernelState(m_state), Labels::kernelStateExplained(m_state));
        return;
    case Subject::Event:
        show(Labels::kind(m_kind), EventExplanations::explain(m_kind));
        return;
    case Subject::Term:
        if (const auto term = Glossary::find(m_term))
            show(term->name, term->meaning);
        return;
    }
}

void ExplanationPanel::fillGlossary()
{
    const int row = m_terms->currentRow();
    m_terms->clear();
    for (const Glossary::Term &term : Glossary::terms())
        m_terms->addItem(term.name);
    m_terms->setCurrentRow(qMax(0, row));
}

void ExplanationPanel::fillQuestions()
{
    QString html;
    for (const LearnerQuestions::Answer &answer : LearnerQuestions::all()) {
        html += QStringLiteral("<p><b>%1</b><br>%2 <a href=\"lesson:%3\">%4</a></p>")
                    .arg(answer.question.toHtmlEscaped(), answer.answer.toHtmlEscaped(), answer.lessonId,
                        tr("Show me in a lesson", "link under a learner's question").toHtmlEscaped());
    }
    m_questions->setHtml(html);
}

void ExplanationPanel::show(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
}

void ExplanationPanel::applyFonts()
{
    QFont base = font();
    base.setPointSizeF(QWidget::font().pointSizeF() > 0 ? QFont().pointSizeF() * m_scale : 10 * m_scale);
    QFont heading = base;
    heading.setBold(true);
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.3);
    title.setBold(true);
    m_heading->setFont(heading);
    m_title->setFont(title);
    m_text->setFont(base);
    m_terms->setFont(base);
    m_termText->setFont(base);
    m_questions->setFont(base);
    // Wide enough for both tab titles and a short sentence per line.
    setMinimumWidth(qRound(200 * m_scale));
}

} // namespace SocketScope
