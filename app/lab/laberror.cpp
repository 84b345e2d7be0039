#include "laberror.h"

#include <cerrno>
#include <cstring>

namespace SocketScope {

LabError LabError::fromSocket(const QAbstractSocket &socket)
{
    return fromSocketError(socket.error(), socket.errorString());
}

LabError LabError::fromSocketError(QAbstractSocket::SocketError error, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return {AddressInUse, detail};
    case QAbstractSocket::SocketAccessError:
        return {PortProtected, detail};
    case QAbstractSocket::SocketAddressNotAvailableError:
        return {AddressNotAvailable, detail};
    case QAbstractSocket::ConnectionRefusedError:
        return {ConnectionRefused, detail};
    case QAbstractSocket::SocketTimeoutError:
        return {TimedOut, detail};
    case QAbstractSocket::RemoteHostClosedError:
        return {ConnectionReset, detail};
    case QAbstractSocket::HostNotFoundError:
        return {HostNotFound, detail};
    case QAbstractSocket::NetworkError:
        return {NetworkUnreachable, detail};
    case QAbstractSocket::SocketResourceError:
        return {TooManyOpenFiles, detail};
    case QAbstractSocket::DatagramTooLargeError:
        return {DatagramTooLarge, detail};
    case QAbstractSocket::UnsupportedSocketOperationError:
        return {AddressNotAvailable, detail};
    default:
        return {Other, detail};
    }
}

LabError LabError::fromErrno(int error)
{
    const QString detail = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case EADDRINUSE:
        return {AddressInUse, detail};
    case EACCES:
    case EPERM:
        return {PortProtected, detail};
    case EADDRNOTAVAIL:
        return {AddressNotAvailable, detail};
    case ECONNREFUSED:
        return {ConnectionRefused, detail};
    case ETIMEDOUT:
        return {TimedOut, detail};
    case ECONNRESET:
        return {ConnectionReset, detail};
    case ENETUNREACH:
    case EHOSTUNREACH:
        return {NetworkUnreachable, detail};
    case EMFILE:
    case ENFILE:
        return {TooManyOpenFiles, detail};
    case EINVAL:
    case EAFNOSUPPORT:
        return {InvalidAddress, detail};
    default:
        return {Other, detail};
    }
}

} // namespace SocketScope
