#pragma once

#include <QtCore/QString>

namespace SocketScope {

// The classroom pages are served in the student's browser's language, not the window's, so
// their Korean cannot come through tr() and the app's installed translator. It comes from the
// Korean translation itself, built into the app (":/i18n/socketscope_ko.qm"), read here once.
// English is always the source text.
namespace KoreanWords {

// The Korean for `source` (a QT_TRANSLATE_NOOP3 string of `context`, with its
// disambiguation `comment`); the English source when the translation has none, or when the
// program has no Korean translation built in (the core-only tests).
QString of(const char *context, const char *source, const char *comment);

} // namespace KoreanWords

} // namespace SocketScope
