package com.guanxi.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Set;

/**
 * Entry point of the packaged service and of its command line:
 * <pre>
 *   guanxi [serve] [--demo]                 run the service (embedded Neo4j unless GUANXI_NEO4J_URI is set)
 *   guanxi import FOLDER [--server URL]     import a canonical folder, in process or through a running service
 *   guanxi generate FOLDER [--companies N] [--seed S]   write demo data in the canonical format
 *   guanxi user add NAME --role ROLE [--password-stdin] add a local user (works while the service runs)
 * </pre>
 */
@QuarkusMain
public class GuanxiMain {

    private static final Set<String> OFFLINE_COMMANDS = Set.of("import", "evaluate", "help", "--help", "-h");

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("user")) {
            // Needs no database: never start one next to a running service.
            var users = new com.guanxi.security.UserStore(com.guanxi.security.UserCommand.usersFile());
            System.exit(new com.guanxi.security.UserCommand(System.in, System.out, System.err)
                    .run(java.util.List.of(args).subList(1, args.length), users));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            // Writes files only: no application, no database.
            System.exit(GenerateCommand.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && OFFLINE_COMMANDS.contains(args[0])) {
            // A command shares the machine with a running service: never take its HTTP port.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.http.host", "127.0.0.1");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
            // A command exits when done: analytics started in the background would be cut off at shutdown. The next
            // `serve` recomputes at start-up, since the graph changed.
            for (String key : new String[] {"guanxi.analytics.run-after-import", "guanxi.analytics.run-at-startup"}) {
                System.setProperty(key, System.getProperty(key, "false"));
            }
        }
        Quarkus.run(GuanxiCommands.class, args);
    }
}
