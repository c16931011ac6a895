// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace strata {

/// SHA-256 over data given in pieces, through OpenSSL, which uses the CPU's SHA
/// instructions: about ten times QCryptographicHash's speed, which matters when a backup's
/// checksum is computed beside pg_dump on a machine with two cores.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The digest in lower-case hex. Call once, after the last addData().
    QString hexResult();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace strata
