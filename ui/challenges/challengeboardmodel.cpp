#include "challengeboardmodel.h"

#include "challenges/challengeboard.h"
#include "challenges/challengeresults.h"
#include "challengewords.h"
#include "models/labels.h"
#include "window/theme.h"

#include "lab/endpoint.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QFontInfo>
#include <QtGui/QPainterPath>
#include <QtGui/QRawFont>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

namespace {

// Enough of what a student sent to read on a projector; the CSV keeps more.
constexpr int kSentChars = 40;

// Whether `font` draws a backslash as a backslash. Korean fonts (NanumGothic,
// NanumGothicCoding) draw U+005C as a won sign, so "Ada\n" read as "Ada₩n" on the board.
bool drawsBackslash(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || !raw.supportsCharacter(QLatin1Char('\\')))
        return false;
    const QList<quint32> glyphs = raw.glyphIndexesForString(QStringLiteral("\\\u20A9"));
    if (glyphs.size() != 2 || !raw.supportsCharacter(QChar(0x20A9)))
        return true;
    return raw.pathForGlyph(glyphs[0]) != raw.pathForGlyph(glyphs[1]);
}

// A monospace family for the escapes in "what they sent" that draws the backslash: the
// system's fixed font unless it is a Korean one, else the first common one that does. Only the
// family is set, so the cell keeps the table's size (presentation mode's type).
QFont escapesFont()
{
    static const QFont chosen = [] {
        QStringList families {QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
            QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
            QStringLiteral("Noto Sans Mono"), QStringLiteral("Courier New")};
        for (const QString &family : families) {
            QFont candidate(family);
            if (QFontInfo(candidate).family() == family && drawsBackslash(candidate)) {
                QFont font;
                font.setFamilies({family});
                font.setStyleHint(QFont::TypeWriter);
                return font;
            }
        }
        QFont font;
        font.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        return font;
    }();
    return chosen;
}

// What a student sent, whole (as far as the board keeps it), in a tooltip's rich text.
QString sentTooltip(const ChallengeBoard::Row &row)
{
    return QStringLiteral("<p style=\"font-family: '%1'; white-space: pre-wrap\">%2</p>")
        .arg(escapesFont().families().value(0),
            ChallengeResults::escapedBytes(row.sent, int(ChallengeBoard::kKeptBytes)).toHtmlEscaped());
}

} // namespace

Theme::Role ChallengeBoardModel::verdictRole(ChallengeVerdict verdict)
{
    switch (verdict) {
    case ChallengeVerdict::Done:
        return Theme::Role::Success;
    case ChallengeVerdict::WrongContent:
    case ChallengeVerdict::Refused:
    case ChallengeVerdict::WrongPort:
        return Theme::Role::Error;
    case ChallengeVerdict::TimeUp:
    case ChallengeVerdict::StuckSynSent:
        return Theme::Role::Warning;
    case ChallengeVerdict::Waiting:
        return Theme::Role::AcceptQueue;
    case ChallengeVerdict::Connected:
        break;
    }
    return Theme::Role::Inferred;
}

ChallengeBoardModel::ChallengeBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(30);
    connect(&m_batch, &QTimer::timeout, this, &ChallengeBoardModel::flush);
}

void ChallengeBoardModel::setBoard(ChallengeBoard *board)
{
    beginResetModel();
    if (m_board)
        m_board->disconnect(this);
    m_board = board;
    m_changed.clear();
    m_shown = board ? board->rowCount() : 0;
    if (board) {
        connect(board, &ChallengeBoard::rowAdded, this, [this] { m_batch.start(); });
        connect(board, &ChallengeBoard::rowChanged, this, &ChallengeBoardModel::onRowChanged);
        connect(board, &QObject::destroyed, this, [this] { setBoard(nullptr); });
    }
    endResetModel();
}

void ChallengeBoardModel::onRowChanged(int row)
{
    if (row < m_shown)
        m_changed.insert(row);
    if (!m_batch.isActive())
        m_batch.start();
}

void ChallengeBoardModel::flush()
{
    m_batch.stop();
    const int total = m_board ? m_board->rowCount() : 0;
    if (total > m_shown) {
        beginInsertRows({}, m_shown, total - 1);
        m_shown = total;
        endInsertRows();
    }
    if (m_changed.isEmpty())
        return;
    int first = m_shown;
    int last = -1;
    for (const int row : std::as_const(m_changed)) {
        first = qMin(first, row);
        last = qMax(last, row);
    }
    m_changed.clear();
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int ChallengeBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int ChallengeBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChallengeBoardModel::data(const QModelIndex &index, int role) const
{
    if (!m_board || !index.isValid() || index.row() >= m_shown || index.row() >= m_board->rowCount())
        return {};
    const ChallengeBoard::Row &row = m_board->row(index.row());
    if (role == VerdictRole)
        return int(row.verdict);
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return Theme::color(verdictRole(row.verdict));
    if (role == Qt::BackgroundRole && index.column() == VerdictColumn
        && row.verdict == ChallengeVerdict::Done)
        return Theme::background(Theme::Role::Success);
    if (role == Qt::FontRole && index.column() == SentColumn)
        return escapesFont();
    if (role == Qt::ToolTipRole && index.column() == SentColumn)
        return sentTooltip(row); // the tooltip too, in that family
    if (role == Qt::ToolTipRole && index.column() == StudentColumn) {
        // The whole row, for a seat card, which shows only part of it.
        QString html = QStringLiteral("<b>%1</b>").arg(data(index).toString().toHtmlEscaped());
        for (const int column : {KernelStateColumn, VerdictColumn}) {
            const QString value = data(index.siblingAtColumn(column)).toString();
            if (!value.isEmpty())
                html += QStringLiteral("<br>%1: %2")
                            .arg(headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
                                value.toHtmlEscaped());
        }
        return html
            + QStringLiteral("<br>%1:").arg(headerData(SentColumn, Qt::Horizontal).toString().toHtmlEscaped())
            + sentTooltip(row);
    }
    if (role == Qt::ToolTipRole && index.column() == KernelStateColumn)
        return Labels::kernelStateExplained(row.kernelState);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StudentColumn:
        return row.port ? formatEndpoint(QHostAddress(row.address), row.port) : row.address;
    case KernelStateColumn:
        return row.kernelState == TcpState::Unknown ? QString() : Labels::kernelState(row.kernelState);
    case SentColumn:
        return ChallengeResults::escapedBytes(row.sent, kSentChars);
    case VerdictColumn:
        return ChallengeWords::verdict(row);
    case SecondsColumn:
        return row.doneAfterNs >= 0 ? QString::number(double(row.doneAfterNs) / 1e9, 'f', 1) : QString();
    default:
        return {};
    }
}

QVariant ChallengeBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StudentColumn:
        return tr("Student (address:port)");
    case KernelStateColumn:
        return tr("Kernel state (server side)");
    case SentColumn:
        return tr("What they sent");
    case VerdictColumn:
        return tr("Verdict");
    case SecondsColumn:
        return tr("Seconds", "time taken, column title");
    default:
        return {};
    }
}

} // namespace SocketScope
