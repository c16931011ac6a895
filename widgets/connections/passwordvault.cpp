// SPDX-License-Identifier: MIT
#include "passwordvault.h"

#include "log/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
const QString KeychainService = u"Strata"_s;
}

PasswordVault::PasswordVault(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(qEnvironmentVariableIntValue("STRATA_NO_KEYCHAIN") == 1 ? Backend::MemoryOnly : backend)
{
}

void PasswordVault::fetch(const QString &key, std::function<void(std::optional<QString>)> done)
{
    if (const auto known = m_memory.constFind(key); known != m_memory.constEnd()) {
        done(*known);
        return;
    }
    if (m_backend == Backend::MemoryOnly) {
        done(std::nullopt);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            m_memory.insert(key, job->textData());
            done(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            noteKeychainError(job->error(), job->errorString());
        done(std::nullopt);
    });
    job->start();
}

void PasswordVault::store(const QString &key, const QString &password)
{
    m_memory.insert(key, password);
    if (m_backend == Backend::MemoryOnly)
        return;
    auto *job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            noteKeychainError(job->error(), job->errorString());
    });
    job->start();
}

void PasswordVault::forget(const QString &key)
{
    m_memory.remove(key);
    if (m_backend == Backend::MemoryOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setKey(key);
    job->start();
}

void PasswordVault::noteKeychainError(int error, const QString &message)
{
    // Without a keychain service (a bare X session, CI, SSH) every job fails the same way:
    // stop asking, and keep passwords in memory for this session only.
    const bool missing = error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
    log::get("ui.connections")->warn("keychain: {}", message);
    if (missing && m_backend == Backend::Keychain) {
        m_backend = Backend::MemoryOnly;
        Q_EMIT keychainUnavailable(message);
    }
}

} // namespace strata::ui
