package org.landscape.io;

import org.landscape.base.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a command writes into an output folder, written together or not at all.
 *
 * <p>{@link #prepare} checks the folder before any computing: it must be a folder or not exist yet, and the nearest
 * existing folder on its path must accept a new file (a probe file is created and deleted). {@link #put} keeps the
 * files in memory; {@link #commit} writes them into a temporary folder inside the target, then moves each into
 * place (a rename within one file system). If a write or a move fails, files already moved are put back as they were
 * (earlier versions restored), the temporary folder is removed and nothing changes.
 */
public final class OutputFolder {
    private final Path dir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir the output folder as the user gave it
     * @return an empty set of files for {@code dir}
     * @throws InvalidInputException if {@code dir} is a file, or no file can be created on its path
     */
    public static OutputFolder prepare(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InvalidInputException("output folder " + dir + " exists and is not a folder: name a folder");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InvalidInputException("output folder " + dir + " cannot be created: " + existing
                    + " is not a folder");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".landscape-probe", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new InvalidInputException("output folder " + dir + " is not writable (" + existing + " refuses a "
                    + "new file: " + why(e) + "): choose another folder");
        }
        return new OutputFolder(abs);
    }

    /**
     * Checks before computing that {@code file} can be written (written later with
     * {@link Output#writeAtomically(Path, String)}).
     *
     * @throws InvalidInputException if {@code file} is a folder or its folder accepts no new file
     */
    public static void prepareFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("output file " + file + " is a folder: name a file");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        prepare(parent == null ? file.toAbsolutePath() : parent);
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** Adds (or replaces) a file to be written; {@code name} is a plain file name. */
    public OutputFolder put(String name, byte[] bytes) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("output file names are plain names: " + name);
        }
        files.put(name, bytes.clone());
        return this;
    }

    /** Adds a UTF-8 text file. */
    public OutputFolder put(String name, String text) {
        return put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the names added so far */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /**
     * Writes every file, all or none.
     *
     * @return the written paths
     * @throws InvalidInputException if writing failed (nothing was changed)
     */
    public List<Path> commit() {
        Path tmp = null;
        List<Path> moved = new ArrayList<>();
        Map<Path, Path> saved = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempDirectory(dir, ".landscape-");
            Path old = Files.createDirectory(tmp.resolve(".old"));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path keep = old.resolve(name);
                    Files.move(target, keep, StandardCopyOption.ATOMIC_MOVE);
                    saved.put(target, keep);
                }
                Files.move(tmp.resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
                moved.add(target);
            }
            return List.copyOf(moved);
        } catch (IOException e) {
            for (Path p : moved) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the restore below still runs
                }
            }
            saved.forEach((target, keep) -> {
                try {
                    Files.move(keep, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ignored) {
                    // the earlier version stays in the temporary folder, which is then kept
                }
            });
            throw new InvalidInputException("cannot write into " + dir + " (" + why(e) + "); nothing was written");
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no files can be created there";
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.delete(x);
                } catch (IOException ignored) {
                    // left behind: a hidden .landscape-* folder
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
