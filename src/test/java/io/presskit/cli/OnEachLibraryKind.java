package io.presskit.cli;

import io.presskit.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Command-line tests that run once on a library file and once on a team library (PostgreSQL): each test starts
 * on a new library, made by {@code presskit list} as a user's first command makes it, so it holds the sample as
 * release 1. {@link #db} is what the commands are given as {@code --db}.
 */
@ParameterizedClass
@EnumSource(Backend.class)
abstract class OnEachLibraryKind {
    @Parameter
    Backend backend;
    @TempDir
    Path tmp;
    Backend.TestLibrary library;
    String db;

    @BeforeEach
    void newLibraryWithTheSample() {
        library = backend.fresh(tmp);
        db = library.db();
        assertEquals(0, CliRunner.run("list", "--db", db).code());
    }

    /** A command that succeeded, and what it printed. */
    static CliRunner.Result ok(CliRunner.Result r) {
        assertEquals(0, r.code(), r.err());
        return r;
    }
}
