#include "ports/portquery.h"
#include "ports/serviceregistry.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace SocketScope;

namespace {

// A services(5) text written for the tests, in both layouts the registry reads.
const char kSmallList[] = "# test list\n"
                          "ssh\t\t22/tcp\t\t\t# Secure Shell\n"
                          "domain\t\t53/tcp\n"
                          "domain\t\t53/udp\t\t\t# Domain Name Server\n"
                          "http\t\t80/tcp\t\twww\t# World Wide Web\n"
                          "https\t\t443/tcp/udp/sctp\t# HTTP over TLS\n"
                          "mysql\t\t3306/tcp/udp\t# MySQL\n"
                          "http-alt\t8080/tcp/udp\t# HTTP Alternate\n"
                          "sctponly\t9999/sctp\t# not TCP or UDP\n"
                          "broken line without port\n"
                          "toolarge\t70000/tcp\n";

QStringList namesOf(const ServiceRegistry &registry, quint16 port, Protocol proto)
{
    QStringList names;
    for (qint32 index : registry.lookup(port, proto))
        names.append(registry.at(index).name);
    return names;
}

} // namespace

class TestServiceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void wellKnownNames_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("tcp");
        QTest::addColumn<QString>("udp");
        QTest::newRow("22") << 22 << QStringLiteral("ssh") << QString();
        QTest::newRow("53") << 53 << QStringLiteral("domain") << QStringLiteral("domain");
        QTest::newRow("80") << 80 << QStringLiteral("http") << QString();
        QTest::newRow("443") << 443 << QStringLiteral("https") << QStringLiteral("https");
        QTest::newRow("3306") << 3306 << QStringLiteral("mysql") << QStringLiteral("mysql");
        QTest::newRow("8080") << 8080 << QStringLiteral("http-alt") << QStringLiteral("http-alt");
    }

    void wellKnownNames()
    {
        QFETCH(int, port);
        QFETCH(QString, tcp);
        QFETCH(QString, udp);
        ServiceRegistry registry;
        registry.loadText(kSmallList, QStringLiteral("test"));
        QCOMPARE(namesOf(registry, quint16(port), Protocol::Tcp).value(0), tcp);
        QCOMPARE(namesOf(registry, quint16(port), Protocol::Udp).value(0), udp);
    }

    // The machine's own registry, whichever file it has: the well-known names are in both the
    // IANA copy and Debian's /etc/services, for both protocols.
    void wellKnownNamesOnThisMachine_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("name");
        QTest::newRow("22") << 22 << QStringLiteral("ssh");
        QTest::newRow("53") << 53 << QStringLiteral("domain");
        QTest::newRow("80") << 80 << QStringLiteral("http");
        QTest::newRow("443") << 443 << QStringLiteral("https");
        QTest::newRow("3306") << 3306 << QStringLiteral("mysql");
        QTest::newRow("8080") << 8080 << QStringLiteral("http-alt");
    }

    void wellKnownNamesOnThisMachine()
    {
        QFETCH(int, port);
        QFETCH(QString, name);
        const ServiceRegistry &registry = ServiceRegistry::shared();
        if (!registry.isLoaded())
            QSKIP("this machine has no services file");
        QVERIFY2(namesOf(registry, quint16(port), Protocol::Tcp).contains(name),
            qPrintable(registry.sourcePath()));
        if (!registry.isIanaCopy())
            QSKIP("the short system list does not name every port for UDP");
        QVERIFY(namesOf(registry, quint16(port), Protocol::Udp).contains(name));
    }

    void mergesAndSkips()
    {
        ServiceRegistry registry;
        registry.loadText(kSmallList, QStringLiteral("test"));
        // domain's two lines become one entry for both protocols.
        QCOMPARE(registry.byName(u"domain").size(), size_t(1));
        const ServiceEntry &domain = registry.at(registry.byName(u"domain")[0]);
        QVERIFY(domain.hasTcp() && domain.hasUdp());
        QCOMPARE(domain.description, QStringLiteral("Domain Name Server"));
        QVERIFY(registry.byName(u"sctponly").empty());
        QVERIFY(registry.byName(u"toolarge").empty());
        QCOMPARE(registry.size(), 6);
    }

    void lookupByNameAndAlias()
    {
        ServiceRegistry registry;
        registry.loadText(kSmallList, QStringLiteral("test"));
        QCOMPARE(registry.byName(u"WWW").size(), size_t(1));
        QCOMPARE(registry.at(registry.byName(u"www")[0]).port, quint16(80));
        QCOMPARE(registry.at(registry.byName(u" SSH ")[0]).port, quint16(22));
    }

    void searchDescriptions()
    {
        ServiceRegistry registry;
        registry.loadText(kSmallList, QStringLiteral("test"));
        const QList<qint32> found = registry.search(u"http");
        // The exact name first, then names containing it, then descriptions.
        QCOMPARE(registry.at(found.value(0)).name, QStringLiteral("http"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(registry.search(u"world wide").size(), 1);
        QCOMPARE(registry.search(u"WIDE, world").size(), 1);
        // Whole words only.
        QVERIFY(registry.search(u"wor").isEmpty());
        QVERIFY(registry.search(u"sql").isEmpty());
        QVERIFY(registry.search(u"zzz").isEmpty());
        QVERIFY(registry.search(u"").isEmpty());
    }

    void wholeWords_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("found");
        QTest::newRow("alone") << QStringLiteral("shell") << QStringLiteral("shell") << true;
        QTest::newRow("in a sentence")
            << QStringLiteral("The Secure Shell (SSH)") << QStringLiteral("ssh") << true;
        QTest::newRow("hyphenated") << QStringLiteral("http-alt") << QStringLiteral("http") << true;
        QTest::newRow("prefix") << QStringLiteral("abcsoftware-01") << QStringLiteral("abc") << false;
        QTest::newRow("suffix") << QStringLiteral("mysql") << QStringLiteral("sql") << false;
        QTest::newRow("second try") << QStringLiteral("abcd abc") << QStringLiteral("abc") << true;
    }

    void wholeWords()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, word);
        QFETCH(bool, found);
        QCOMPARE(ServiceRegistry::containsWord(haystack, word), found);
    }

    void fallbackWhenRegistryMissing()
    {
        const QString missing = QStringLiteral("/nonexistent/wireshark/services");
        const QString system = QStringLiteral("/etc/services");
        if (!QFile::exists(system))
            QSKIP("this system has no /etc/services");
        ServiceRegistry registry;
        QVERIFY(registry.load({missing, system}));
        QCOMPARE(registry.sourcePath(), system);
        QVERIFY(!registry.isIanaCopy());
        QVERIFY(!registry.lookup(22, Protocol::Tcp).empty());
    }

    void nothingReadable()
    {
        ServiceRegistry registry;
        QVERIFY(!registry.load({QStringLiteral("/nonexistent/a"), QStringLiteral("/nonexistent/b")}));
        QVERIFY(!registry.isLoaded());
        QVERIFY(registry.sourcePath().isEmpty());
        QVERIFY(registry.lookup(22, Protocol::Tcp).empty());
        // Numbers still work without names.
        QCOMPARE(PortQuery::parse(u"22", registry).kind, PortQuery::Kind::Number);
        QVERIFY(!PortQuery::parse(u"ssh", registry).isValid());
    }

    void ianaCopyPreferred()
    {
        const QString iana = ServiceRegistry::defaultPaths().value(0);
        if (!QFile::exists(iana))
            QSKIP("libwireshark-data is not installed");
        ServiceRegistry registry;
        QVERIFY(registry.load());
        QCOMPARE(registry.sourcePath(), iana);
        QVERIFY(registry.isIanaCopy());
        QVERIFY(registry.size() > 5000);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("firstPort");
        QTest::addColumn<int>("proto");
        QTest::newRow("0") << QStringLiteral("0") << int(PortQuery::Kind::Number) << 0 << int(Protocol::None);
        QTest::newRow("65535") << QStringLiteral("65535") << int(PortQuery::Kind::Number) << 65535
                               << int(Protocol::None);
        QTest::newRow("spaces") << QStringLiteral("  443 ") << int(PortQuery::Kind::Number) << 443
                                << int(Protocol::None);
        QTest::newRow("53/udp") << QStringLiteral("53/udp") << int(PortQuery::Kind::Number) << 53
                                << int(Protocol::Udp);
        QTest::newRow("name") << QStringLiteral("mysql") << int(PortQuery::Kind::Name) << 3306
                              << int(Protocol::None);
        QTest::newRow("alias") << QStringLiteral("www") << int(PortQuery::Kind::Name) << 80
                               << int(Protocol::None);
        QTest::newRow("text") << QStringLiteral("secure") << int(PortQuery::Kind::Text) << 22
                              << int(Protocol::None);
        QTest::newRow("65536") << QStringLiteral("65536") << int(PortQuery::Kind::Invalid) << -1
                               << int(Protocol::None);
        QTest::newRow("-1") << QStringLiteral("-1") << int(PortQuery::Kind::Invalid) << -1
                            << int(Protocol::None);
        QTest::newRow("abc") << QStringLiteral("abc") << int(PortQuery::Kind::Invalid) << -1
                             << int(Protocol::None);
        QTest::newRow("empty") << QString() << int(PortQuery::Kind::Invalid) << -1 << int(Protocol::None);
        QTest::newRow("blank") << QStringLiteral("   ") << int(PortQuery::Kind::Invalid) << -1
                               << int(Protocol::None);
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << int(PortQuery::Kind::Invalid)
                              << -1 << int(Protocol::None);
    }

    void queries()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, firstPort);
        QFETCH(int, proto);
        ServiceRegistry registry;
        registry.loadText(kSmallList, QStringLiteral("test"));
        const PortQuery query = PortQuery::parse(text, registry);
        QCOMPARE(int(query.kind), kind);
        QCOMPARE(int(query.proto), proto);
        if (query.isValid()) {
            QCOMPARE(int(query.ports.value(0)), firstPort);
            QVERIFY(query.error.isEmpty());
        } else {
            QVERIFY(query.ports.isEmpty());
            QVERIFY(!query.error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceRegistry)
#include "tst_serviceregistry.moc"
