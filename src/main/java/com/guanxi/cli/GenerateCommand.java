package com.guanxi.cli;

import com.guanxi.ingest.DemoDataGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code guanxi generate FOLDER [--companies N] [--seed S]}: demo and benchmark data in the canonical format. Needs
 * no database, so it runs without starting the application (and never takes a running service's Bolt port).
 */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            err.println("Usage: guanxi generate FOLDER [--companies N] [--seed S]");
            return 2;
        }
        Path folder = Path.of(args.get(0));
        long companies;
        long seed;
        try {
            companies = longOption(args, "--companies", 2_000);
            seed = longOption(args, "--seed", 20240630);
        } catch (NumberFormatException e) {
            err.println("Not a number: " + e.getMessage());
            return 2;
        }
        if (companies < 1 || companies > Integer.MAX_VALUE) {
            err.println("--companies must be between 1 and " + Integer.MAX_VALUE);
            return 2;
        }
        long started = System.nanoTime();
        try {
            new DemoDataGenerator(seed).generate(folder, (int) companies);
        } catch (IOException e) {
            err.println("Cannot write " + folder.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        out.printf("Wrote %,d companies with their shareholders, personnel, guarantees and judgments to %s in %.1f s%n",
                companies, folder.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static long longOption(List<String> args, String name, long fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Long.parseLong(args.get(at + 1).replace("_", "")) : fallback;
    }
}
