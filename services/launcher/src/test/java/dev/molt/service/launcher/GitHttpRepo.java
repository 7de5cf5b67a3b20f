package dev.molt.service.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository served over HTTP on 127.0.0.1 the way a static web server serves one ("dumb"
 * HTTP): the files of its {@code .git} folder, plus {@code info/refs} and
 * {@code objects/info/packs}, which {@code git update-server-info} would write. Commits are made
 * with JGit; a fetcher sees exactly what a remote repository would hold.
 */
final class GitHttpRepo implements AutoCloseable {
    private final Path work;
    private final Git git;
    private final HttpServer server;
    private final String name;

    GitHttpRepo(Path work, String name) throws Exception {
        this.work = work;
        this.name = name;
        this.git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
        Path dotGit = work.resolve(".git");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/" + name + "/", exchange -> {
            String rest = exchange.getRequestURI().getPath().substring(name.length() + 2);
            Path file = dotGit.resolve(rest).normalize();
            try (exchange) {
                if (!file.startsWith(dotGit) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    /** The clone URL, e.g. http://127.0.0.1:PORT/app.git (the path names the repository). */
    String cloneUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** Replaces the work tree's files with {@code files}, commits them on main, returns the commit id. */
    String commit(Map<String, String> files, String message) throws Exception {
        try (Stream<Path> old = Files.list(work)) {
            for (Path p : (Iterable<Path>) old.filter(p -> !p.getFileName().toString().equals(".git"))::iterator) {
                deleteTree(p);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = work.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Molt Test", "test@molt.invalid");
        RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
        updateServerInfo();
        return c.getName();
    }

    /** What {@code git update-server-info} writes for dumb clients. */
    private void updateServerInfo() throws IOException {
        StringBuilder refs = new StringBuilder();
        for (Ref ref : git.getRepository().getRefDatabase().getRefsByPrefix(Constants.R_REFS)) {
            refs.append(ref.getObjectId().getName()).append('\t').append(ref.getName()).append('\n');
        }
        Path dotGit = work.resolve(".git");
        Files.createDirectories(dotGit.resolve("info"));
        Files.writeString(dotGit.resolve("info/refs"), refs.toString(), StandardCharsets.UTF_8);
        Files.createDirectories(dotGit.resolve("objects/info"));
        Files.writeString(dotGit.resolve("objects/info/packs"), "", StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(q);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        git.close();
    }
}
