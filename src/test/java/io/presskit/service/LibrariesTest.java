package io.presskit.service;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibrariesTest {
    @Test
    void defaultLibraryPathPerPlatform() {
        assertEquals(Path.of("/data/presskit/library.db"),
                Libraries.defaultPath(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/jo"));
        assertEquals(Path.of("/home/jo/.local/share/presskit/library.db"),
                Libraries.defaultPath(Map.of(), "Linux", "/home/jo"));
        assertEquals(Path.of("/home/jo/.local/share/presskit/library.db"),
                Libraries.defaultPath(Map.of("XDG_DATA_HOME", "relative/ignored"), "Linux", "/home/jo"));
        assertEquals(Path.of("/Users/jo/Library/Application Support/Presskit/library.db"),
                Libraries.defaultPath(Map.of(), "Mac OS X", "/Users/jo"));
        assertEquals(Path.of("C:/Users/jo/AppData/Roaming", "Presskit", "library.db"),
                Libraries.defaultPath(Map.of("APPDATA", "C:/Users/jo/AppData/Roaming"), "Windows 11", "C:/Users/jo"));
    }

    @Test
    void dbOptionBeatsEnvironmentBeatsDefault() {
        assertEquals(Path.of("a.db"), Libraries.resolve("a.db", Map.of("PRESSKIT_DB", "b.db")));
        assertEquals(Path.of("b.db"), Libraries.resolve(null, Map.of("PRESSKIT_DB", "b.db")));
    }
}
