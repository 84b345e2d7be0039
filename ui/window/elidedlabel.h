#pragma once

#include <QtWidgets/QLabel>

namespace SocketScope {

// A one-line label that never widens its window: when its text does not fit, it ends in "…"
// and the tooltip says the whole text. text() is always the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace SocketScope
