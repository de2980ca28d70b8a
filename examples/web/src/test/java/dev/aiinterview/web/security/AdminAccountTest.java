package dev.aiinterview.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccountTest {

    @TempDir
    Path dir;

    private Database db() {
        return Database.open("jdbc:h2:mem:admin" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "");
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedIntoAFileOnlyTheOwnerCanRead() throws Exception {
        try (Database db = db()) {
            var account = new AdminAccount(db, new PasswordHasher(1_000), "admin");
            account.initialise(Optional.empty(), dir);
            Path file = dir.resolve(AdminAccount.PASSWORD_FILE);
            String password = Files.readString(file).strip();
            assertThat(password).hasSize(24);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(account.check("admin", password)).isTrue();
            assertThat(account.check("admin", password + "x")).isFalse();
            assertThat(account.check("root", password)).isFalse();
            String stored = db.queryOne("SELECT password_hash FROM admin_account", rs -> rs.getString(1)).orElseThrow();
            assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(password);

            // A restart keeps the password: it is not generated again.
            new AdminAccount(db, new PasswordHasher(1_000), "admin").initialise(Optional.empty(), dir);
            assertThat(Files.readString(file).strip()).isEqualTo(password);
        }
    }

    @Test
    void aConfiguredPasswordReplacesTheStoredOne() {
        try (Database db = db()) {
            var account = new AdminAccount(db, new PasswordHasher(1_000), "admin");
            account.initialise(Optional.of("first"), dir);
            account.initialise(Optional.of("second"), dir);
            assertThat(account.check("admin", "first")).isFalse();
            assertThat(account.check("admin", "second")).isTrue();
            assertThat(dir.resolve(AdminAccount.PASSWORD_FILE)).doesNotExist();
        }
    }
}
