package org.landscape.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths confined to a folder after every symbolic link is resolved. A name is resolved against the folder, every
 * existing part of it is replaced by its real path ({@link Path#toRealPath}), and the result must lie inside the
 * folder's real path; parts that do not exist yet cannot be links. The returned path is the resolved one, so what
 * was checked is what gets opened. A link that points nowhere is refused (it could be created later, outside).
 */
public final class ConfinedPaths {
    private ConfinedPaths() {
    }

    /**
     * @param root the folder (need not exist yet; its existing part is resolved)
     * @param name a relative or absolute file name as a user wrote it
     * @param what what the path is for, for messages, e.g. "Put"
     * @return the real path of {@code name} inside the real path of {@code root}
     * @throws InvalidInputException if the path leaves {@code root}, as written or through a link; the message
     *                               names the path as written and the folder, never the file's contents
     */
    public static Path resolve(Path root, String name, String what) {
        Path folder = real(root, what, root.toString());
        Path target;
        try {
            target = real(folder.resolve(name), what, name);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(what + ": '" + name + "' is not a valid file name");
        }
        if (!target.startsWith(folder)) {
            throw new InvalidInputException(what + ": '" + name + "' lies outside the folder " + folder
                    + " (after resolving symbolic links): use a file inside it");
        }
        return target;
    }

    /**
     * @return the real path of {@code p}: its longest existing prefix resolved through links, followed by the parts
     *         that do not exist yet
     */
    public static Path real(Path p, String what, String asWritten) {
        Path abs = p.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? abs.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            throw new InvalidInputException(what + ": '" + asWritten + "' goes through a symbolic link that points "
                    + "nowhere: remove the link or name another file");
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }
}
