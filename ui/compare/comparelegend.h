#pragma once

#include <QtWidgets/QWidget>

class QLabel;

namespace SocketScope {

// What the marks over a compared timeline mean, in a line under its title: a step only this
// session has, a step both have but differently (other flags, state or size), and the
// difference picked in the list. Each sample is drawn as CompareMarks draws the mark.
class CompareLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CompareLegend(QWidget *parent = nullptr);

    // The words beside the samples, in order: only here, different, picked.
    QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void drawSamples();

    QLabel *m_samples[3];
    QLabel *m_texts[3];
};

} // namespace SocketScope
