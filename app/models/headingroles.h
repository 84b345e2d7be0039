#pragma once

#include <QtCore/Qt>

namespace SocketScope {

// A model's horizontal headerData() for this role: a shorter heading (a sign or a short word)
// that a table shows where its column is too narrow for a word of the whole one ("#" over "#3"
// instead of a heading clipped to nothing beside its sort arrow). The whole heading stays in
// the tooltip.
constexpr int ShortHeadingRole = Qt::UserRole + 0x100;

} // namespace SocketScope
