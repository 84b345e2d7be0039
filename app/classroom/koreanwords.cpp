#include "koreanwords.h"

#include <QtCore/QTranslator>

namespace SocketScope::KoreanWords {

namespace {

const QTranslator *korean()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/socketscope_ko.qm"));
    return loaded ? &translator : nullptr;
}

} // namespace

QString of(const char *context, const char *source, const char *comment)
{
    if (const QTranslator *translator = korean()) {
        QString translated = translator->translate(context, source, comment);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace SocketScope::KoreanWords
