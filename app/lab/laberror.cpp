#include "laberror.h"

namespace SocketScope {

LabError LabError::fromSocket(const QAbstractSocket &socket)
{
    return fromSocketError(socket.error(), socket.errorString());
}

LabError LabError::fromSocketError(QAbstractSocket::SocketError error, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: return {AddressInUse, detail};
    case QAbstractSocket::SocketAccessError: return {PortProtected, detail};
    case QAbstractSocket::SocketAddressNotAvailableError: return {AddressNotAvailable, detail};
    case QAbstractSocket::ConnectionRefusedError: return {ConnectionRefused, detail};
    case QAbstractSocket::SocketTimeoutError: return {TimedOut, detail};
    case QAbstractSocket::RemoteHostClosedError: return {ConnectionReset, detail};
    case QAbstractSocket::HostNotFoundError: return {HostNotFound, detail};
    case QAbstractSocket::NetworkError: return {NetworkUnreachable, detail};
    case QAbstractSocket::SocketResourceError: return {TooManyOpenFiles, detail};
    case QAbstractSocket::DatagramTooLargeError: return {DatagramTooLarge, detail};
    case QAbstractSocket::UnsupportedSocketOperationError: return {AddressNotAvailable, detail};
    default: return {Other, detail};
    }
}

} // namespace SocketScope
