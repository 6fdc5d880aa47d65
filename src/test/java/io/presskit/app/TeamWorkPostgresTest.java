package io.presskit.app;

import io.presskit.testing.PostgresServer;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

/** {@link TeamWorkTest} on a team library: a database on the test JVM's PostgreSQL server (LISTEN/NOTIFY). */
class TeamWorkPostgresTest extends TeamWorkTest {
    @Start
    void startOnServer(Stage stage) throws Exception {
        signedIn();
        open(stage);
    }

    @Override
    AppFixture fixture(Path dir) {
        return new AppFixture(dir, PostgresServer.url(PostgresServer.newDatabase()));
    }
}
