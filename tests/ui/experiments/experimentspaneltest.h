#pragma once

#include "experiments/experimentspanel.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QSettings>
#include <QtCore/QSize>
#include <QtCore/QTemporaryDir>

#include <memory>

// What the Experiments tests share: a panel on a lab of real loopback sockets, made anew for
// each test, and the app's settings (the composer keeps saved payloads there) in a temporary
// folder for the whole program.
class ExperimentsPanelTest : public QObject
{
protected:
    // For initTestCase(): false when the temporary folder could not be made.
    bool keepSettingsIn(const QString &application)
    {
        if (!m_settingsDir.isValid())
            return false;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SocketScopeTest"));
        QCoreApplication::setApplicationName(application);
        return true;
    }

    // For init() and cleanup().
    void openPanel(QSize size)
    {
        m_journal = std::make_unique<SocketScope::Journal>();
        m_lab = std::make_unique<SocketScope::Lab>(m_journal.get(), nullptr);
        m_panel = std::make_unique<SocketScope::ExperimentsPanel>(m_lab.get(), m_journal.get());
        m_panel->resize(size);
        m_panel->show();
    }

    void closePanel()
    {
        m_panel.reset();
        m_lab.reset();
        m_journal.reset();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<SocketScope::Journal> m_journal;
    std::unique_ptr<SocketScope::Lab> m_lab;
    std::unique_ptr<SocketScope::ExperimentsPanel> m_panel;
};
