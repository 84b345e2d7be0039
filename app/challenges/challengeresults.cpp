#include "challengeresults.h"

#include <QtCore/QStringDecoder>

namespace SocketScope {

QString ChallengeResults::field(const QString &text)
{
    QString out = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStarts.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString ChallengeResults::escapedBytes(const QByteArray &bytes, int maxChars)
{
    QString out;
    qsizetype i = 0;
    while (i < bytes.size() && out.size() < maxChars) {
        const uchar c = uchar(bytes.at(i));
        if (c == '\n' || c == '\r' || c == '\t' || c == '\\') {
            out += c == '\n' ? QStringLiteral("\\n")
                : c == '\r'  ? QStringLiteral("\\r")
                : c == '\t'  ? QStringLiteral("\\t")
                             : QStringLiteral("\\\\");
            ++i;
            continue;
        }
        // One UTF-8 character at a time: its length from the lead byte, kept only if it
        // decodes cleanly and prints.
        const int length = c < 0x80 ? 1
            : (c >> 5) == 0x6       ? 2
            : (c >> 4) == 0xe       ? 3
            : (c >> 3) == 0x1e      ? 4
                                    : 0;
        if (length > 0 && i + length <= bytes.size()) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString one = decoder.decode(QByteArrayView(bytes).sliced(i, length));
            if (!decoder.hasError() && !one.isEmpty() && one.at(0).isPrint()) {
                out += one;
                i += length;
                continue;
            }
        }
        out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        ++i;
    }
    if (i < bytes.size())
        out += QChar(0x2026);
    return out;
}

QByteArray ChallengeResults::csv(
    const ChallengeBoard &board, const QStringList &header, const VerdictText &verdict)
{
    QStringList lines;
    QStringList head;
    for (const QString &name : header)
        head.append(field(name));
    lines.append(head.join(QLatin1Char(',')));
    for (int i = 0; i < board.rowCount(); ++i) {
        const ChallengeBoard::Row &row = board.row(i);
        const QString seconds
            = row.doneAfterNs >= 0 ? QString::number(double(row.doneAfterNs) / 1e9, 'f', 1) : QString();
        lines.append(QStringList {field(row.address), QString::number(row.port), field(verdict(row)), seconds,
            field(escapedBytes(row.sent, 200)), field(row.note)}
                         .join(QLatin1Char(',')));
    }
    // UTF-8 with its byte-order mark: without it, a spreadsheet on a Korean Windows reads the
    // file in the local code page and the students' Korean names come out garbled.
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace SocketScope
