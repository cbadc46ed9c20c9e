// SPDX-License-Identifier: GPL-2.0-or-later
// A file given to the desk with --data: a store of this or an older schema (upgraded in place), or
// a corrupt, truncated or foreign file, which is refused with a message naming it. What an opened
// store holds is read back as the desk does at start.
#include "fuzzsupport.h"
#include "storage/geopackagestore.h"

#include <QFile>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = cp::fuzz::writeInput(data, size, QStringLiteral("store.gpkg"));
    QString error;
    {
        const std::unique_ptr<cp::storage::GeoPackageStore> store = cp::storage::GeoPackageStore::open(path, &error);
        if (!store) {
            if (!error.contains(path))
                std::abort();
        } else {
            store->readRegistry(&error);
            store->openAlarms(&error);
            store->incidents(&error);
            store->feeds(&error);
            store->responsePlans(&error);
            store->auditLog(&error);
        }
    }
    // SQLite's journal files beside a store it opened go, so the next input starts from nothing.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}
