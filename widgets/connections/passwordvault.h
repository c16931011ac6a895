// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace strata::ui {

/// Database passwords: in the OS keychain through QtKeychain (Secret Service, KWallet,
/// macOS Keychain, Windows Credential Store) and in memory for this session. Where no
/// keychain service runs, memory is all there is: the user is asked again next time,
/// and nothing is ever written to a file. GUI thread only.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, MemoryOnly };

    /// @p backend MemoryOnly never touches the keychain (tests, or STRATA_NO_KEYCHAIN=1).
    explicit PasswordVault(Backend backend = Backend::Keychain, QObject *parent = nullptr);

    /// Calls @p done with the password stored under @p key, or nullopt. Asynchronous when
    /// the keychain is asked; @p done runs on the GUI thread, at most once.
    void fetch(const QString &key, std::function<void(std::optional<QString>)> done);
    /// Keeps @p password for this session and, if a keychain runs, beyond.
    void store(const QString &key, const QString &password);
    /// Forgets @p key everywhere (a password the server rejected).
    void forget(const QString &key);

    /// False once the keychain turned out to be missing; passwords then last one session.
    bool hasKeychain() const { return m_backend == Backend::Keychain; }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    void noteKeychainError(int error, const QString &message);

    Backend m_backend;
    QHash<QString, QString> m_memory;
};

} // namespace strata::ui
