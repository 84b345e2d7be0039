#include "challengeseats.h"

#include "challengeboardmodel.h"
#include "challengewords.h"
#include "lab/endpoint.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QResizeEvent>
#include <QtNetwork/QHostAddress>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyledItemDelegate>

#include <cmath>

namespace SocketScope {

namespace {

// Room inside a card, in parts of the font's height.
constexpr double kPadding = 0.35;

// The student's address as the card shows it in bold: the table's text without its port.
QString addressOnCard(const ChallengeBoard::Row &row)
{
    const QString student = row.port ? formatEndpoint(QHostAddress(row.address), row.port) : row.address;
    const qsizetype colon = row.port ? student.lastIndexOf(QLatin1Char(':')) : -1;
    return colon > 0 ? student.left(colon) : student;
}

// Paints one student as a card from the model's columns: the address (bold) and port, the
// verdict in its colour, the kernel's state and what they sent.
class SeatCard : public QStyledItemDelegate
{
public:
    explicit SeatCard(ChallengeSeats *seats)
        : QStyledItemDelegate(seats)
        , m_seats(seats)
    { }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return m_seats->cardSize();
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = given;
        option.font = m_seats->cardFont();
        const ChallengeBoard *board = qobject_cast<const ChallengeBoardModel *>(index.model())->board();
        if (!board || index.row() >= board->rowCount())
            return;
        const ChallengeBoard::Row &row = board->row(index.row());
        const Theme::Role tone = ChallengeBoardModel::verdictRole(row.verdict);
        const QPalette &palette = option.palette;
        const QColor ink = Theme::color(tone, palette);
        const bool selected = option.state.testFlag(QStyle::State_Selected);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetricsF metrics(option.font);
        const double pad = metrics.height() * kPadding;
        const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
        QPainterPath outline;
        outline.addRoundedRect(card, pad, pad);
        painter->fillPath(outline, Theme::background(tone, palette));
        painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : ink, selected ? 3.0 : 1.5));
        painter->drawPath(outline);

        const QRectF text = card.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
        const double line = text.height() / 3.0;
        const auto cell = [&index](int column) { return index.siblingAtColumn(column).data().toString(); };

        // The address, and its port where there is room: the address is who the student is.
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QString student = cell(ChallengeBoardModel::StudentColumn);
        const QString address = addressOnCard(row);
        const QRectF first(text.left(), text.top(), text.width(), line);
        const QString shownAddress = QFontMetricsF(bold).elidedText(address, Qt::ElideMiddle, first.width());
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, shownAddress);
        if (student.size() > address.size() && shownAddress == address) {
            const double used = QFontMetricsF(bold).horizontalAdvance(address);
            const QString port = student.mid(address.size());
            if (used + metrics.horizontalAdvance(port) <= first.width()) {
                painter->setFont(option.font);
                painter->setPen(Theme::color(Theme::Role::Inferred, palette));
                painter->drawText(first.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, port);
            }
        }

        // The verdict, in the colour of what it means.
        painter->setFont(bold);
        painter->setPen(ink);
        const QRectF second = first.translated(0, line);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold).elidedText(
                cell(ChallengeBoardModel::VerdictColumn), Qt::ElideRight, second.width()));

        // The kernel's state of the student's socket (smaller), then what they sent, which
        // keeps at least half the line: on "send your name" the names are what the class reads.
        const QRectF third = second.translated(0, line);
        const QString state = cell(ChallengeBoardModel::KernelStateColumn);
        QString sent = cell(ChallengeBoardModel::SentColumn);
        // A line taken whole needs no end shown: the name is what the card has room for (the
        // table and the tooltip keep the \n).
        if (row.verdict == ChallengeVerdict::Done && sent.endsWith(QLatin1StringView("\\n")))
            sent.chop(sent.endsWith(QLatin1StringView("\\r\\n")) ? 4 : 2);
        const QVariant family = index.siblingAtColumn(ChallengeBoardModel::SentColumn).data(Qt::FontRole);
        // The model's fixed-width face for bytes, grown as the card's type is.
        QFont sentFont = option.font;
        if (family.isValid()) {
            sentFont = qvariant_cast<QFont>(family).resolve(given.font);
            sentFont.setPointSizeF(
                sentFont.pointSizeF() * option.font.pointSizeF() / given.font.pointSizeF());
        }
        const QFontMetricsF sentMetrics(sentFont);
        double x = third.left();
        if (!state.isEmpty()) {
            QFont small = option.font;
            small.setPointSizeF(option.font.pointSizeF() * 0.85);
            const QFontMetricsF smallMetrics(small);
            const double sentNeeds
                = sent.isEmpty() ? 0.0 : qMin(sentMetrics.horizontalAdvance(sent), third.width() / 2);
            const QString shown
                = smallMetrics.elidedText(state, Qt::ElideRight, third.width() - sentNeeds - pad);
            painter->setFont(small);
            painter->setPen(Theme::color(Theme::Role::Inferred, palette));
            painter->drawText(third, Qt::AlignLeft | Qt::AlignVCenter, shown);
            x += smallMetrics.horizontalAdvance(shown) + pad;
        }
        if (!sent.isEmpty() && x < third.right()) {
            painter->setFont(sentFont);
            painter->setPen(palette.color(QPalette::Text));
            const QRectF room(x, third.top(), third.right() - x, third.height());
            painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                sentMetrics.elidedText(sent, Qt::ElideRight, room.width()));
        }
        painter->restore();
    }

private:
    ChallengeSeats *m_seats;
};

} // namespace

ChallengeSeats::ChallengeSeats(ChallengeBoardModel *model, QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("challengeSeats"));
    setModel(model);
    setModelColumn(ChallengeBoardModel::StudentColumn);
    setItemDelegate(new SeatCard(this));
    // Left to right, wrapping at the view's width: rows of cards, a class on one screen.
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A new student, a longer address or a port: the cards may change their size.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChallengeSeats::fitCards);
    connect(model, &QAbstractItemModel::modelReset, this, &ChallengeSeats::fitCards);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChallengeSeats::fitCards);
    fitCards();
}

QSize ChallengeSeats::cardSize() const
{
    return m_card;
}

void ChallengeSeats::fitCards()
{
    // At least as wide as the class's longest address in bold (the port follows where it fits)
    // and nine digits, whichever is more; as few to a row as lets the whole class be seen
    // without scrolling, sharing the row's width: no ragged edge, and more room for what each
    // student sent. A class too large for the screen gets as many to a row as fit, and scrolls.
    // Where the class leaves room (a few students, a large screen) the type grows, by tenths,
    // as long as the whole class still fits.
    setSpacing(qMax(2, fontMetrics().height() / 5));
    const int count = model()->rowCount();
    const ChallengeBoard *board = static_cast<const ChallengeBoardModel *>(model())->board();
    // Wide enough for a short verdict whole ("done in 12.3 s" in the app's language): the card
    // is there to say it.
    ChallengeBoard::Row sample;
    sample.verdict = ChallengeVerdict::Done;
    sample.doneAfterNs = 12'300'000'000;
    const QString verdict = ChallengeWords::verdict(sample);
    // The list puts `spacing` on each side of a card, and one more at the row's start; while
    // its scroll bar is hidden it keeps the bar's width free (QListView's own layout does).
    const double gap = 2.0 * spacing();
    const int bar = verticalScrollBar()->isVisible()
        ? 0
        : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const double room = viewport()->width() - bar - spacing() - 1;
    const double tall = viewport()->height() - spacing();

    struct Fit
    {
        QFont font;
        double least = 0;
        double height = 0;
        double most = 1; // cards to a row
        double rows = 0; // rows of cards in view
    };
    const auto fitAt = [&](double growth) {
        Fit fit;
        fit.font = font();
        if (growth > 1.0)
            fit.font.setPointSizeF(fit.font.pointSizeF() * growth);
        QFont bold = fit.font;
        bold.setBold(true);
        const QFontMetricsF metrics(bold);
        double widest = qMax(
            metrics.horizontalAdvance(QStringLiteral("000000000")), metrics.horizontalAdvance(verdict));
        for (int row = 0; board && row < count && row < board->rowCount(); ++row)
            widest = qMax(widest, metrics.horizontalAdvance(addressOnCard(board->row(row))));
        const double pad = metrics.height() * kPadding;
        fit.least = std::ceil(widest + 2 * pad + 3);
        fit.height = std::ceil(3 * metrics.lineSpacing() + 1.2 * pad + 3);
        fit.most = qMax(1.0, std::floor(room / (fit.least + gap)));
        fit.rows = std::floor(tall / (fit.height + gap));
        return fit;
    };
    Fit fit = fitAt(1.0);
    for (int tenth = 11; count > 0 && tenth <= int(kMostGrowth * 10); ++tenth) {
        Fit larger = fitAt(tenth / 10.0);
        if (larger.rows < 1 || larger.most * larger.rows < count)
            break;
        fit = std::move(larger);
    }
    double columns = fit.most;
    if (count > 0 && fit.rows >= 1)
        columns = qBound(std::ceil(room / (2 * fit.least + gap)), std::ceil(count / fit.rows), fit.most);
    const QSize card(
        int(qBound(fit.least, std::floor(room / qMax(1.0, columns) - gap), 2 * fit.least)), int(fit.height));
    if (card != m_card || fit.font != m_cardFont) {
        m_card = card;
        m_cardFont = fit.font;
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
}

void ChallengeSeats::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model()->rowCount() > 0)
        return;
    // An empty board says what will come, rather than a blank box.
    QPainter painter(viewport());
    painter.setPen(Theme::color(Theme::Role::Inferred, palette()));
    const int margin = fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        tr("Each student appears here as a card once they connect, coloured by their verdict."));
}

void ChallengeSeats::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // The cards share the row's width and the view's height: a new size (a scroll bar coming
    // or going too) may be a new card size.
    fitCards();
}

void ChallengeSeats::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitCards();
    QListView::changeEvent(event);
}

} // namespace SocketScope
