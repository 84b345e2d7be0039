#pragma once

#include "capturehelperclient.h"

#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <memory>

namespace SocketScope {

class CaptureFeed;
class Journal;
class Lab;
class PcapngWriter;

// Packet capture on this machine's own network: asks the capture helper for the ports of the
// lab's host sockets, on the interfaces they use, and asks again whenever a socket takes a
// new port. What is captured becomes `segment` events (and, with a pcapng file, a capture
// file). Lab sockets in the virtual lab network are captured by the lab helper instead.
class HostCapture : public QObject
{
    Q_OBJECT

public:
    HostCapture(Journal *journal, Lab *lab, QObject *parent = nullptr);
    ~HostCapture() override;

    // Every captured frame also goes to this pcapng file. False (and `error` says why) when it
    // cannot be created.
    bool setPcapFile(const QString &path, QString *error);
    QString pcapFile() const;
    // The pcapng file's writer, shared with the lab network's capture; null without --pcap.
    PcapngWriter *pcapWriter() const { return m_pcap.get(); }

    // Ports to capture before any socket has them (the --server ports of the command line), so
    // the first handshake is not missed while the helper catches up with new ports.
    void expectPorts(const QList<CaptureHelperClient::Port> &ports);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    CaptureFeed *feed() const { return m_feed; }
    CaptureHelperClient *client() const { return m_client; }

    // What would be asked for now (for tests and the status bar).
    QStringList interfaces() const { return m_interfaces; }
    QList<CaptureHelperClient::Port> ports() const { return m_ports; }

signals:
    void enabledChanged(bool on);

private:
    void onSocket(qint32 id);
    void updateRequest();

    Lab *m_lab;
    CaptureFeed *m_feed;
    CaptureHelperClient *m_client;
    std::unique_ptr<PcapngWriter> m_pcap;
    bool m_enabled = false;
    QStringList m_interfaces;
    QList<CaptureHelperClient::Port> m_ports;
    QList<CaptureHelperClient::Port> m_expected;
    QSet<quint32> m_portKeys; // proto << 16 | port, to notice a new port quickly
    QSet<QString> m_addresses; // local addresses seen, to notice one on another interface
};

} // namespace SocketScope
