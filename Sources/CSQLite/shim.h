// SQLite as Swift sees it (the system library, FTS5 enabled on Debian).
#ifndef BLOTTER_CSQLITE_SHIM_H
#define BLOTTER_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift does not import: the binding copies the value at once.
static inline sqlite3_destructor_type blotter_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
