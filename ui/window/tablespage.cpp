#include "tablespage.h"

#include "models/connectiontablemodel.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"
#include "selection.h"
#include "tables/highlightdelegate.h"
#include "tables/livetableview.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

QFont titleFont(const QFont &base, qreal scale)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1 * scale);
    return font;
}

// A title above a table and the table, in one pane of the splitter.
LiveTableView *addPane(QSplitter *splitter, QLabel **title, const QString &tableName)
{
    auto *pane = new QWidget(splitter);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 0);
    *title = new QLabel(pane);
    (*title)->setWordWrap(true); // a long title takes two lines rather than the table's width
    (*title)->setFont(titleFont((*title)->font(), 1.0));
    auto *view = new LiveTableView(pane);
    view->setObjectName(tableName);
    layout->addWidget(*title);
    layout->addWidget(view);
    splitter->addWidget(pane);
    return view;
}

void selectRow(QTableView *view, QSortFilterProxyModel *proxy, int sourceRow)
{
    if (sourceRow < 0) {
        view->clearSelection();
        return;
    }
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (view->currentIndex().row() != index.row())
        view->setCurrentIndex(index);
    view->scrollTo(index);
}

} // namespace

TablesPage::TablesPage(
    SocketTableModel *sockets, ConnectionTableModel *connections, Selection *selection, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_socketModel(sockets)
    , m_connectionModel(connections)
    , m_socketProxy(sortingProxy(sockets, SocketTableModel::SortRole, this))
    , m_connectionProxy(sortingProxy(connections, ConnectionTableModel::SortRole, this))
{
    m_socketView = addPane(this, &m_socketsTitle, QStringLiteral("socketTable"));
    m_connectionView = addPane(this, &m_connectionsTitle, QStringLiteral("connectionTable"));
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);

    m_socketView->setModel(m_socketProxy);
    m_socketView->sortByColumn(SocketTableModel::ColumnId, Qt::AscendingOrder);
    m_socketView->setAnimating([sockets] { return sockets->isAnimating(); });
    auto *socketDelegate = new HighlightDelegate(
        SocketTableModel::HighlightMarkRole, SocketTableModel::HighlightStrengthRole, this);
    socketDelegate->setMonospaceColumns(
        {SocketTableModel::ColumnLocal, SocketTableModel::ColumnRemote, SocketTableModel::ColumnKernelState});
    socketDelegate->setOpenRole(SocketTableModel::IsOpenRole);
    m_socketView->setItemDelegate(socketDelegate);
    // Shown once sockets live on more than one computer (the virtual lab network).
    m_socketView->setColumnHidden(SocketTableModel::ColumnComputer, true);
    // What the lessons point at stays on screen on a projector; bytes, packets and the time a
    // socket opened follow to the right.
    m_socketView->setKeyColumns({SocketTableModel::ColumnId, SocketTableModel::ColumnRole,
        SocketTableModel::ColumnProtocol, SocketTableModel::ColumnComputer, SocketTableModel::ColumnLocal,
        SocketTableModel::ColumnRemote, SocketTableModel::ColumnAppState, SocketTableModel::ColumnKernelState,
        SocketTableModel::ColumnQueue});
    // Why a socket failed is a sentence: it gets a larger share than the short columns before it
    // is cut (its tooltip holds all of it).
    m_socketView->setColumnWeight(SocketTableModel::ColumnAppState, 2);
    m_socketView->setWholeColumns({SocketTableModel::ColumnLocal, SocketTableModel::ColumnRemote});
    // Where the addresses would be cut (the lab's Computer column beside a lesson at 1024 px), a
    // Protocol column saying "TCP" in every row steps aside and the title says it once.
    m_socketView->setYieldingColumn(
        SocketTableModel::ColumnProtocol, [this] { return m_oneProtocol != Protocol::None; });
    connect(m_socketView, &LiveTableView::yieldedChanged, this, &TablesPage::updateSocketsTitle);
    // Rows arrive and leave by the thousand under load: while the rows share one protocol only
    // new rows are read, and leaving ones cannot change that; where they differ, the whole table
    // is read again at most twice a second.
    m_protocolCheck.setSingleShot(true);
    m_protocolCheck.setInterval(500);
    connect(&m_protocolCheck, &QTimer::timeout, this, &TablesPage::checkOneProtocol);
    connect(
        sockets, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (m_oneProtocol == Protocol::None) {
                if (first == 0 && last + 1 == m_socketModel->rowCount())
                    checkOneProtocol(); // every row is new
                else if (!m_protocolCheck.isActive())
                    m_protocolCheck.start();
                return;
            }
            for (int row = first; row <= last; ++row) {
                if (m_socketModel->record(row)->proto != m_oneProtocol) {
                    checkOneProtocol();
                    return;
                }
            }
        });
    connect(sockets, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_oneProtocol == Protocol::None) {
            if (!m_protocolCheck.isActive())
                m_protocolCheck.start();
        } else if (m_socketModel->rowCount() == 0) {
            checkOneProtocol();
        }
    });
    connect(sockets, &QAbstractItemModel::modelReset, this, &TablesPage::checkOneProtocol);

    m_connectionView->setModel(m_connectionProxy);
    m_connectionView->setAnimating([connections] { return connections->isAnimating(); });
    auto *connectionDelegate = new HighlightDelegate(
        ConnectionTableModel::HighlightMarkRole, ConnectionTableModel::HighlightStrengthRole, this);
    connectionDelegate->setMonospaceColumns(
        {ConnectionTableModel::ColumnClient, ConnectionTableModel::ColumnServer,
            ConnectionTableModel::ColumnClientSocket, ConnectionTableModel::ColumnServerSocket});
    m_connectionView->setItemDelegate(connectionDelegate);
    m_connectionView->setKeyColumns({ConnectionTableModel::ColumnClient, ConnectionTableModel::ColumnServer,
        ConnectionTableModel::ColumnClientSocket, ConnectionTableModel::ColumnServerSocket,
        ConnectionTableModel::ColumnToServer, ConnectionTableModel::ColumnToClient});
    m_connectionView->setWholeColumns(
        {ConnectionTableModel::ColumnClient, ConnectionTableModel::ColumnServer});

    connect(selection, &Selection::socketSelected, this, &TablesPage::showSocket);
    connect(m_socketView->selectionModel(), &QItemSelectionModel::currentRowChanged, selection,
        [selection](const QModelIndex &current) {
            if (current.isValid())
                selection->selectSocket(current.data(SocketTableModel::SocketIdRole).toInt());
        });
    connect(m_connectionView->selectionModel(), &QItemSelectionModel::currentRowChanged, selection,
        [selection](const QModelIndex &current) {
            if (current.isValid())
                selection->selectConnection(
                    current.data(ConnectionTableModel::SocketIdsRole).value<QList<qint32>>());
        });
    connect(sockets, &QAbstractItemModel::rowsInserted, selection,
        [sockets, selection](const QModelIndex &, int first) {
            // The first socket ever opened becomes the selection, so the workbench has a target.
            if (selection->socket() < 0 && first == 0)
                selection->selectSocket(sockets->record(0)->id);
        });
}

void TablesPage::showSocket(qint32 id)
{
    // A socket just opened may not have its row yet.
    m_socketModel->catchUp();
    m_connectionModel->catchUp();
    selectRow(m_socketView, m_socketProxy, m_socketModel->rowOfSocket(id));
    selectRow(m_connectionView, m_connectionProxy, m_connectionModel->rowOfSocket(id));
}

void TablesPage::showComputerColumn(bool shown)
{
    const bool wasHidden = m_socketView->isColumnHidden(SocketTableModel::ColumnComputer);
    m_socketView->setColumnHidden(SocketTableModel::ColumnComputer, !shown);
    // A column hidden when the others were fitted has no width of its own yet.
    if (shown && wasHidden)
        m_socketView->refit();
}

void TablesPage::setScale(qreal scale)
{
    m_socketView->setScale(scale);
    m_connectionView->setScale(scale);
    const QFont title = titleFont(window()->font(), scale);
    m_socketsTitle->setFont(title);
    m_connectionsTitle->setFont(title);
}

Protocol TablesPage::oneProtocol() const
{
    const int rows = m_socketModel->rowCount();
    if (rows == 0)
        return Protocol::None;
    const Protocol first = m_socketModel->record(0)->proto;
    for (int row = 1; row < rows; ++row) {
        if (m_socketModel->record(row)->proto != first)
            return Protocol::None;
    }
    return first;
}

void TablesPage::checkOneProtocol()
{
    m_protocolCheck.stop();
    const Protocol one = oneProtocol();
    if (one == m_oneProtocol)
        return;
    m_oneProtocol = one;
    m_socketView->refit();
    updateSocketsTitle();
}

void TablesPage::updateSocketsTitle()
{
    if (m_socketView->hasYielded() && m_oneProtocol != Protocol::None) {
        m_socketsTitle->setText(
            tr("Sockets, all %1: each is <protocol, local ip:port, remote ip:port>", "%1: TCP or UDP")
                .arg(Labels::protocol(m_oneProtocol)));
        return;
    }
    m_socketsTitle->setText(tr("Sockets: each is <protocol, local ip:port, remote ip:port>"));
}

void TablesPage::retranslate()
{
    updateSocketsTitle();
    m_connectionsTitle->setText(tr("Connections: each TCP connection is a pair of sockets"));
    m_socketView->refit();
    m_connectionView->refit();
}

} // namespace SocketScope
