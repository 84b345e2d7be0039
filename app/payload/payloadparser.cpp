#include "payloadparser.h"

namespace SocketScope {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

PayloadParser::Result failed(PayloadError::Kind kind, qsizetype position, qsizetype length)
{
    PayloadParser::Result result;
    result.error = {kind, position, length};
    return result;
}

PayloadParser::Result parseHex(QStringView text)
{
    PayloadParser::Result result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        // One group: the digits up to the next space. Each group must pair up on its own, so
        // "4 865" is an error at "4" rather than a silent 0x48 0x65.
        const qsizetype start = i;
        while (i < n && !text[i].isSpace()) {
            if (hexValue(text[i]) < 0)
                return failed(PayloadError::BadHexDigit, i, 1);
            ++i;
        }
        if ((i - start) % 2 != 0)
            return failed(PayloadError::OddHexDigits, start, i - start);
        for (qsizetype k = start; k < i; k += 2)
            result.bytes.append(char(hexValue(text[k]) * 16 + hexValue(text[k + 1])));
    }
    return result;
}

PayloadParser::Result parseEscapes(QStringView text)
{
    PayloadParser::Result result;
    QString plain; // characters waiting to be encoded as UTF-8
    const auto flush = [&] {
        result.bytes.append(plain.toUtf8());
        plain.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != QLatin1Char('\\')) {
            plain.append(text[i]);
            continue;
        }
        if (i + 1 >= n)
            return failed(PayloadError::UnfinishedEscape, i, 1);
        const char16_t what = text[i + 1].unicode();
        char byte = 0;
        switch (what) {
        case u'r':
            byte = '\r';
            break;
        case u'n':
            byte = '\n';
            break;
        case u't':
            byte = '\t';
            break;
        case u'\\':
            byte = '\\';
            break;
        case u'0':
            byte = '\0';
            break;
        case u'x': {
            qsizetype digits = 0;
            int value = 0;
            while (digits < 2 && i + 2 + digits < n) {
                const int v = hexValue(text[i + 2 + digits]);
                if (v < 0)
                    return failed(PayloadError::BadEscape, i, 2 + digits + 1);
                value = value * 16 + v;
                ++digits;
            }
            if (digits < 2)
                return failed(PayloadError::UnfinishedEscape, i, 2 + digits);
            flush();
            result.bytes.append(char(value));
            i += 3;
            continue;
        }
        default:
            return failed(PayloadError::BadEscape, i, 2);
        }
        flush();
        result.bytes.append(byte);
        ++i;
    }
    flush();
    return result;
}

} // namespace

QByteArray PayloadParser::lineEnding(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
        return {};
    case LineEnding::Lf:
        return QByteArrayLiteral("\n");
    case LineEnding::CrLf:
        return QByteArrayLiteral("\r\n");
    }
    return {};
}

PayloadParser::Result PayloadParser::parse(QStringView text, PayloadMode mode, LineEnding ending)
{
    Result result;
    switch (mode) {
    case PayloadMode::Text:
        result.bytes = text.toUtf8();
        break;
    case PayloadMode::Hex:
        result = parseHex(text);
        break;
    case PayloadMode::Escapes:
        result = parseEscapes(text);
        break;
    }
    if (!result.ok()) {
        result.bytes.clear();
        return result;
    }
    result.bytes.append(lineEnding(ending));
    return result;
}

} // namespace SocketScope
