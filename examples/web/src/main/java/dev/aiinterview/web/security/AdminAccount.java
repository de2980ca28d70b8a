package dev.aiinterview.web.security;

import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recruiter's account. A configured password is hashed and stored; without one, a strong password is generated
 * at first start, written to {@code admin-password.txt} in the data directory (readable by its owner only) and
 * only its hash kept in the database. Passwords are never logged.
 */
public final class AdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    static final String PASSWORD_FILE = "admin-password.txt";

    private final Database db;
    private final PasswordHasher hasher;
    private final String username;
    /** Compared against when the user name is wrong, so both failures take the same time. */
    private final String decoyHash;

    public AdminAccount(Database db, PasswordHasher hasher, String username) {
        this.db = db;
        this.hasher = hasher;
        this.username = username;
        this.decoyHash = hasher.hash(Tokens.random());
    }

    /** Stores the configured password's hash, or generates a password when there is none yet. */
    public void initialise(Optional<String> configuredPassword, Path dataDir) {
        Optional<String> stored = storedHash();
        if (configuredPassword.isPresent()) {
            if (stored.isEmpty() || !hasher.matches(configuredPassword.get(), stored.get())) {
                save(hasher.hash(configuredPassword.get()), false);
                LOG.info("Recruiter sign-in: user '{}' with the password from {}", username,
                        WebSettings.ADMIN_PASSWORD);
            }
            return;
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (stored.isPresent()) {
            LOG.info("Recruiter sign-in: user '{}'{}", username, Files.exists(file)
                    ? "; the generated password is in " + file : "");
            return;
        }
        String password = Tokens.random(18); // 144 bits, 24 characters
        writeOwnerOnly(file, password + System.lineSeparator());
        save(hasher.hash(password), true);
        LOG.info("Recruiter sign-in: user '{}'. A password was generated and written to {} (readable by you only). "
                + "Set {} to choose your own.", username, file, WebSettings.ADMIN_PASSWORD);
    }

    /** Whether the credentials are right. Takes as long for a wrong user name as for a wrong password. */
    boolean check(String user, String password) {
        Optional<String> stored = storedHash();
        boolean userOk = Tokens.same(username, user == null ? "" : user);
        boolean passwordOk = hasher.matches(password == null ? "" : password,
                userOk && stored.isPresent() ? stored.get() : decoyHash);
        return userOk && stored.isPresent() && passwordOk;
    }

    String username() {
        return username;
    }

    private Optional<String> storedHash() {
        return db.queryOne("SELECT password_hash FROM admin_account WHERE username = ?", rs -> rs.getString(1),
                username);
    }

    private void save(String hash, boolean generated) {
        Instant now = Instant.now();
        if (db.update("UPDATE admin_account SET password_hash = ?, generated = ?, updated_at = ? WHERE username = ?",
                hash, generated, now, username) == 0) {
            db.update("INSERT INTO admin_account (username, password_hash, generated, updated_at) VALUES (?, ?, ?, ?)",
                    username, hash, generated, now);
        }
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the folder's permissions apply
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Cannot create " + file + ": it appeared while being written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated admin password to " + file, e);
        }
    }
}
