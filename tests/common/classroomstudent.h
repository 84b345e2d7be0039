#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>

#include <algorithm>
#include <functional>
#include <vector>

namespace SocketScope {

// A student's browser, as far as the live feed goes: a connection from one of loopback's
// addresses that asks for /live and collects every update it is sent.
class ClassroomStudent : public QObject
{
public:
    ClassroomStudent(const QString &address, quint16 serverPort)
        : m_address(address)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.bind(QHostAddress(address), 0);
        m_socket.connectToHost(QHostAddress::LocalHost, serverPort);
    }

    bool ask(const QByteArray &path = "/live")
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy connected(&m_socket, &QTcpSocket::connected);
            if (!connected.wait(5000))
                return false;
        }
        m_socket.write("GET " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
              "Accept-Language: en\r\n\r\n");
        return true;
    }

    QString address() const { return m_address; }
    QByteArray headers() const { return m_headers; }
    const std::vector<QJsonObject> &updates() const { return m_updates; }
    QByteArray raw() const { return m_raw; }
    QTcpSocket &socket() { return m_socket; }
    // Called with each update as it arrives.
    void setOnUpdate(std::function<void(const QJsonObject &)> onUpdate) { m_onUpdate = std::move(onUpdate); }

    // True when `update` lists a socket whose end at the student is `port`.
    bool lists(const QJsonObject &update, quint16 port) const
    {
        const QString end = QStringLiteral("%1:%2").arg(m_address).arg(port);
        const QJsonArray sockets = update.value(QStringLiteral("sockets")).toArray();
        return std::any_of(sockets.begin(), sockets.end(), [&](const QJsonValue &s) {
            return s.toObject().value(QStringLiteral("remote")).toString() == end;
        });
    }
    // True when any update so far lists it.
    bool sawPort(quint16 port) const
    {
        return std::any_of(
            m_updates.begin(), m_updates.end(), [&](const QJsonObject &u) { return lists(u, port); });
    }

private:
    void read()
    {
        m_raw += m_socket.readAll();
        if (m_headers.isEmpty()) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headers = m_raw.left(end + 4);
            m_buffer = m_raw.mid(end + 4);
        } else {
            m_buffer = m_raw.mid(m_consumed);
        }
        // Events end with a blank line; only "update" events carry data.
        qsizetype start = 0;
        for (qsizetype end = m_buffer.indexOf("\n\n"); end >= 0; end = m_buffer.indexOf("\n\n", start)) {
            const QByteArray block = m_buffer.mid(start, end - start);
            start = end + 2;
            const qsizetype data = block.indexOf("data: ");
            if (block.startsWith("event: update\n") && data >= 0) {
                m_updates.push_back(QJsonDocument::fromJson(block.mid(data + 6)).object());
                if (m_onUpdate)
                    m_onUpdate(m_updates.back());
            }
        }
        m_consumed = m_raw.size() - (m_buffer.size() - start);
    }

    QString m_address;
    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_headers;
    QByteArray m_buffer;
    qsizetype m_consumed = 0;
    std::vector<QJsonObject> m_updates;
    std::function<void(const QJsonObject &)> m_onUpdate;
};

} // namespace SocketScope
