#include "composerpage.h"

#include "experimentdiagram.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "payload/payloadfile.h"
#include "payload/payloadrepeater.h"
#include "payload/savedpayloads.h"
#include "window/errortext.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtGui/QTextCursor>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace SocketScope {

namespace {

constexpr int kPreviewBytes = 32;

QString hexPreview(const QByteArray &bytes)
{
    QString text = QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), kPreviewBytes)).toHex(' '));
    if (bytes.size() > kPreviewBytes)
        text += QStringLiteral(" \u2026");
    return text;
}

} // namespace

ComposerPage::ComposerPage(Lab *lab, QWidget *parent, QSettings *settings)
    : QWidget(parent)
    , m_lab(lab)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_saved(std::make_unique<SavedPayloads>(settings ? *settings : *m_ownSettings))
    , m_repeater(new PayloadRepeater(this))
    , m_target(new QLabel(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_endingLabel(new QLabel(this))
    , m_ending(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_sendFile(new QPushButton(this))
    , m_savedLabel(new QLabel(this))
    , m_savedList(new QComboBox(this))
    , m_saveName(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_deleteSaved(new QPushButton(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeatCount(new QSpinBox(this))
    , m_repeatInterval(new QSpinBox(this))
    , m_repeat(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_diagram(new ExperimentDiagram(this))
{
    m_target->setWordWrap(true);
    m_mode->addItems({QString(), QString(), QString()});
    m_ending->addItems({QString(), QString(), QString()});
    m_destination->setText(QStringLiteral("127.0.0.1:9"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 5 + 12);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Narrow enough that the page fits beside the workbench on a 1024-pixel screen.
    m_savedList->setMinimumContentsLength(10);
    m_saveName->setMinimumWidth(m_saveName->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_repeatCount->setRange(1, 10000);
    m_repeatCount->setValue(5);
    m_repeatInterval->setRange(10, 600000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setSuffix(QStringLiteral(" ms"));
    m_status->setWordWrap(true);
    m_modeLabel->setBuddy(m_mode);
    m_endingLabel->setBuddy(m_ending);
    m_destinationLabel->setBuddy(m_destination);
    m_savedLabel->setBuddy(m_savedList);
    m_repeatLabel->setBuddy(m_repeatCount);

    auto *grid = new QGridLayout(this);
    int row = 0;
    grid->addWidget(m_target, row++, 0, 1, 6);
    grid->addWidget(m_diagram, row++, 0, 1, 6);
    grid->addWidget(m_destinationLabel, row, 0);
    grid->addWidget(m_destination, row++, 1, 1, 2);
    grid->addWidget(m_modeLabel, row, 0);
    grid->addWidget(m_mode, row, 1);
    grid->addWidget(m_endingLabel, row, 2, Qt::AlignRight);
    grid->addWidget(m_ending, row++, 3);
    grid->addWidget(m_editor, row++, 0, 1, 6);
    grid->addWidget(m_preview, row++, 0, 1, 6);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_sendFile);
    sendRow->addStretch(1);
    grid->addLayout(sendRow, row++, 0, 1, 6);
    grid->addWidget(m_savedLabel, row, 0);
    grid->addWidget(m_savedList, row, 1);
    grid->addWidget(m_saveName, row, 2);
    grid->addWidget(m_save, row, 3);
    grid->addWidget(m_deleteSaved, row++, 4);
    grid->addWidget(m_repeatLabel, row, 0);
    grid->addWidget(m_repeatCount, row, 1);
    grid->addWidget(m_repeatInterval, row, 2);
    grid->addWidget(m_repeat, row++, 3);
    grid->addWidget(m_status, row++, 0, 1, 6);
    grid->setColumnStretch(5, 1);
    grid->setRowStretch(row, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerPage::reparse);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ComposerPage::reparse);
    connect(m_ending, &QComboBox::currentIndexChanged, this, &ComposerPage::reparse);
    connect(m_send, &QPushButton::clicked, this, &ComposerPage::sendOnce);
    connect(m_sendFile, &QPushButton::clicked, this, &ComposerPage::onSendFile);
    connect(m_save, &QPushButton::clicked, this, &ComposerPage::onSave);
    connect(m_deleteSaved, &QPushButton::clicked, this, &ComposerPage::onDeleteSaved);
    connect(m_savedList, &QComboBox::activated, this, &ComposerPage::onLoadSaved);
    connect(m_repeat, &QPushButton::clicked, this, &ComposerPage::onRepeat);
    connect(m_repeater, &PayloadRepeater::due, this, [this](int number) {
        const PayloadParser::Result result = payload();
        if (!result.ok() || !sendBytes(result.bytes)) {
            m_repeater->stop();
            return;
        }
        m_status->setText(tr("Sent %1 of %2.").arg(number).arg(m_repeatCount->value()));
    });
    connect(m_repeater, &PayloadRepeater::finished, this, [this] { retranslate(); });
    connect(m_lab, &Lab::socketChanged, this, [this](qint32 id) {
        if (id == m_socket)
            updateTarget();
    });
    connect(m_lab, &Lab::socketRemoved, this, [this](qint32 id) {
        if (id == m_socket)
            setSocket(-1);
    });
    connect(m_lab, &Lab::dataReceived, this, [this](qint32 id, const QByteArray &data) {
        if (id != m_socket)
            return;
        ++m_reads;
        m_readBytes += data.size();
        updateDiagram();
    });
    connect(m_destination, &QLineEdit::textChanged, this, &ComposerPage::updateDiagram);
    fillSaved();
    retranslate();
}

ComposerPage::~ComposerPage() = default;

void ComposerPage::setSocket(qint32 id)
{
    if (id != m_socket)
        m_sends = m_sentBytes = m_reads = m_readBytes = 0;
    m_socket = id;
    updateTarget();
    reparse();
}

void ComposerPage::setMode(PayloadMode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void ComposerPage::setLineEnding(LineEnding ending)
{
    m_ending->setCurrentIndex(int(ending));
}

void ComposerPage::setDestination(const QString &endpoint)
{
    m_destination->setText(endpoint);
}

PayloadParser::Result ComposerPage::payload() const
{
    return PayloadParser::parse(m_editor->toPlainText(), PayloadMode(qMax(0, m_mode->currentIndex())),
        LineEnding(qMax(0, m_ending->currentIndex())));
}

QString ComposerPage::describe(const PayloadError &error) const
{
    const qsizetype column = error.position + 1;
    switch (error.kind) {
    case PayloadError::None:
        return {};
    case PayloadError::OddHexDigits:
        return tr("At character %1: this group has an odd number of hex digits. Every byte takes two, "
                  "like 0a or 48.")
            .arg(column);
    case PayloadError::BadHexDigit:
        return tr("At character %1: hex digits are 0-9 and a-f only.").arg(column);
    case PayloadError::BadEscape:
        return tr("At character %1: this is not an escape the composer knows. Use \\r \\n \\t \\\\ \\0 "
                  "or \\x followed by two hex digits.")
            .arg(column);
    case PayloadError::UnfinishedEscape:
        return tr("At character %1: the escape is cut off at the end. \\x needs two hex digits after it.")
            .arg(column);
    }
    return {};
}

QString ComposerPage::errorText() const
{
    return describe(payload().error);
}

void ComposerPage::reparse()
{
    const PayloadParser::Result result = payload();
    QList<QTextEdit::ExtraSelection> marks;
    if (!result.ok()) {
        // Mark exactly the bad characters, so the eye goes straight to them.
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(result.error.position));
        mark.cursor.setPosition(
            int(result.error.position + qMax<qsizetype>(1, result.error.length)), QTextCursor::KeepAnchor);
        mark.format.setBackground(Theme::background(Theme::Role::Error, m_editor->palette()));
        mark.format.setForeground(Theme::color(Theme::Role::Error, m_editor->palette()));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Theme::color(Theme::Role::Error, m_editor->palette()));
        marks.append(mark);
        m_preview->setStyleSheet(Theme::messageStyle(Theme::Role::Error));
        m_preview->setText(describe(result.error) + QLatin1Char(' ') + tr("Nothing will be sent."));
    } else {
        m_preview->setStyleSheet(QString());
        m_preview->setText(result.bytes.isEmpty()
                ? tr("No bytes yet.")
                : tr("%n byte(s): %1", "", int(result.bytes.size())).arg(hexPreview(result.bytes)));
    }
    m_editor->setExtraSelections(marks);
    const bool canSend = canSendFrom(m_socket >= 0 ? m_lab->info(m_socket) : nullptr);
    m_send->setEnabled(result.ok() && canSend);
    m_repeat->setEnabled(m_repeater->isRunning() || (result.ok() && canSend));
    m_sendFile->setEnabled(canSend);
}

bool ComposerPage::canSendFrom(const SocketInfo *info)
{
    // A listener has no peer to send to, and a TCP socket has one only once it is connected.
    return info && info->isOpen() && info->role != SocketRole::Listener
        && (info->proto == Protocol::Udp || info->qtState == QAbstractSocket::ConnectedState);
}

bool ComposerPage::sendBytes(const QByteArray &bytes)
{
    const SocketInfo *info = m_socket >= 0 ? m_lab->info(m_socket) : nullptr;
    if (!info) {
        m_status->setText(tr("Select a socket in the tables first."));
        return false;
    }
    LabError error;
    if (info->proto == Protocol::Udp) {
        const auto spec
            = EndpointSpec::parse(QStringLiteral("udp:") + m_destination->text().trimmed(), false, nullptr);
        QHostAddress address;
        if (!spec || !address.setAddress(spec->host) || spec->port == 0) {
            m_status->setText(tr("Write where the datagram goes as address:port, like 127.0.0.1:9000."));
            return false;
        }
        error = m_lab->sendDatagram(m_socket, bytes, {{address, spec->port}});
    } else {
        error = m_lab->send(m_socket, bytes);
    }
    if (error) {
        m_status->setText(ErrorText::full(error));
        return false;
    }
    m_status->setText(tr("Sent %n byte(s).", "", int(bytes.size())));
    ++m_sends;
    m_sentBytes += bytes.size();
    updateDiagram();
    emit sent(m_socket, bytes);
    return true;
}

bool ComposerPage::sendOnce()
{
    const PayloadParser::Result result = payload();
    if (!result.ok()) {
        m_status->setText(describe(result.error));
        return false;
    }
    return sendBytes(result.bytes);
}

void ComposerPage::onSendFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file's bytes"));
    if (path.isEmpty())
        return;
    const PayloadFile file = PayloadFile::read(path);
    switch (file.outcome) {
    case PayloadFile::Read:
        sendBytes(file.bytes);
        break;
    case PayloadFile::CannotOpen:
        m_status->setText(tr("The file could not be opened (%1).").arg(file.detail));
        break;
    case PayloadFile::TooLarge:
        m_status->setText(tr("The file is too large to send from here: at most %1 MiB.")
                              .arg(PayloadFile::kMaxBytes / (qint64(1024) * 1024)));
        break;
    }
}

void ComposerPage::fillSaved()
{
    m_savedList->clear();
    for (const SavedPayload &saved : m_saved->list())
        m_savedList->addItem(saved.name);
    m_deleteSaved->setEnabled(m_savedList->count() > 0);
}

void ComposerPage::onSave()
{
    QString name = m_saveName->text().trimmed();
    if (name.isEmpty())
        name = m_editor->toPlainText().left(24).simplified();
    if (name.isEmpty())
        return;
    m_saved->save({name, m_editor->toPlainText(), PayloadMode(qMax(0, m_mode->currentIndex())),
        LineEnding(qMax(0, m_ending->currentIndex()))});
    fillSaved();
    m_savedList->setCurrentText(name);
    m_saveName->clear();
}

void ComposerPage::onLoadSaved(int index)
{
    const QList<SavedPayload> list = m_saved->list();
    if (index < 0 || index >= list.size())
        return;
    setMode(list[index].mode);
    setLineEnding(list[index].ending);
    m_editor->setPlainText(list[index].text);
}

void ComposerPage::onDeleteSaved()
{
    m_saved->remove(m_savedList->currentText());
    fillSaved();
}

void ComposerPage::onRepeat()
{
    if (m_repeater->isRunning()) {
        m_repeater->stop();
        return;
    }
    m_repeater->start(m_repeatCount->value(), m_repeatInterval->value());
    retranslate();
}

void ComposerPage::updateTarget()
{
    const SocketInfo *info = m_socket >= 0 ? m_lab->info(m_socket) : nullptr;
    const bool udp = info && info->proto == Protocol::Udp;
    m_destinationLabel->setVisible(udp);
    m_destination->setVisible(udp);
    if (!info) {
        m_target->setText(tr("No socket selected. Select a connected TCP socket or a UDP socket in the "
                             "tables to send from it."));
    } else if (info->role == SocketRole::Listener) {
        m_target->setText(tr("Socket #%1 is a listening socket: it only accepts connections. Select one of "
                             "its accepted sockets or a client to send.")
                              .arg(info->id));
    } else if (!info->isOpen()) {
        m_target->setText(tr("Socket #%1 is closed: nothing more can be sent from it.").arg(info->id));
    } else if (!udp && info->qtState != QAbstractSocket::ConnectedState) {
        m_target->setText(
            tr("Socket #%1 is not connected yet: sending works once the 3-way handshake is done.")
                .arg(info->id));
    } else {
        const QString local = formatEndpoint(info->localAddress, info->localPort);
        m_target->setText(udp
                ? tr("Sends from UDP socket #%1 (%2), one datagram per send.").arg(info->id).arg(local)
                : tr("Sends on TCP socket #%1 (%2 to %3), into its byte stream.")
                      .arg(info->id)
                      .arg(local, formatEndpoint(info->remoteAddress, info->remotePort)));
    }
    reparse();
    updateDiagram();
}

void ComposerPage::updateDiagram()
{
    const SocketInfo *info = m_socket >= 0 ? m_lab->info(m_socket) : nullptr;
    const bool udp = info && info->proto == Protocol::Udp;
    const bool open = info && info->isOpen();
    ExperimentDiagram::Box self {QStringLiteral("socket"),
        info ? tr("socket #%1").arg(info->id) : tr("the selected socket"),
        info ? formatEndpoint(info->localAddress, info->localPort) : QStringLiteral("?"), 0, open, false};
    ExperimentDiagram::Box peer {
        QStringLiteral("peer"), tr("the other end"), QStringLiteral("?"), 1, false, false};
    if (udp) {
        peer.address = m_destination->text().trimmed();
        peer.open = open && m_reads > 0; // a datagram came back: something is there
    } else if (info && !info->remoteAddress.isNull()) {
        peer.address = formatEndpoint(info->remoteAddress, info->remotePort);
        peer.open = open && info->qtState == QAbstractSocket::ConnectedState;
    }
    m_diagram->setBoxes({self, peer});
    m_diagram->setArrows({{QStringLiteral("socket"), QStringLiteral("peer"), m_sentBytes, udp ? m_sends : 0},
        {QStringLiteral("peer"), QStringLiteral("socket"), m_readBytes, udp ? m_reads : 0}});
}

void ComposerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComposerPage::retranslate()
{
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Hex bytes"));
    m_mode->setItemText(2, tr("Text with escapes (\\r \\n \\x00)"));
    m_ending->setItemText(0, tr("None", "line ending"));
    m_ending->setItemText(1, tr("LF (\\n)"));
    m_ending->setItemText(2, tr("CRLF (\\r\\n)"));
    m_modeLabel->setText(tr("&Write as"));
    m_endingLabel->setText(tr("Line en&ding"));
    m_destinationLabel->setText(tr("Send t&o"));
    m_editor->setPlaceholderText(
        tr("Type what to send. Hex: 48 65 6c 6c 6f. Escapes: GET / HTTP/1.0\\r\\n\\r\\n"));
    m_send->setText(tr("&Send"));
    m_sendFile->setText(tr("Send a f&ile..."));
    m_savedLabel->setText(tr("Sav&ed"));
    m_saveName->setPlaceholderText(tr("Name to save under"));
    m_save->setText(tr("Save", "save the payload"));
    m_deleteSaved->setText(tr("Delete", "delete the saved payload"));
    m_repeatLabel->setText(tr("&Repeat"));
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatInterval->setToolTip(tr("Time between two sends"));
    m_repeat->setText(m_repeater->isRunning() ? tr("Stop repeating") : tr("Start repeating"));
    updateTarget();
}

} // namespace SocketScope
