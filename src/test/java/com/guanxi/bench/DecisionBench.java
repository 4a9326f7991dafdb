package com.guanxi.bench;

import com.guanxi.decision.ChallengedDecision;
import com.guanxi.decision.Decision;
import com.guanxi.decision.DecisionEngine;
import com.guanxi.decision.DecisionInput;
import com.guanxi.decision.Outcome;
import com.guanxi.decision.RandomInputs;
import com.guanxi.decision.ReplayResult;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Batch decision benchmark: N requests (default 20,000), each with an applicant and 2 guarantors carrying
 * about 10 tags each (seeded random catalogue codes with evidence), decided by the champion with the
 * challenger evaluated beside it, on all cores.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=com.guanxi.bench.DecisionBench
 * [-Dexec.args="20000 10 2"]}
 */
public final class DecisionBench {
    /** CPU time of the whole JVM: the machine is shared, so wall time alone overstates the cost. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int tagsPerSubject = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int guarantors = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        long t0 = System.nanoTime();
        DecisionEngine engine = DecisionEngine.fromClasspath();
        long loadNanos = System.nanoTime() - t0;

        List<DecisionInput> inputs = RandomInputs.generate(count, tagsPerSubject, guarantors, 20240630L);
        long tags = inputs.stream().mapToLong(i -> i.tags().values().stream().mapToLong(List::size).sum()).sum();
        System.out.printf("cores=%d requests=%d guarantors/request=%d tags=%d (%.1f per subject)%n",
                Runtime.getRuntime().availableProcessors(), count, guarantors, tags,
                tags / (double) (count * (1 + guarantors)));
        System.out.printf("load+compile rulesets: %.0f ms%n", loadNanos / 1e6);

        // Warm-up on a slice, then the measured runs.
        engine.decideAllWithChallenger(inputs.subList(0, Math.min(2_000, count)));

        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        List<Decision> champion = engine.decideAll(inputs);
        double championSeconds = (System.nanoTime() - t1) / 1e9;
        double championCpu = (cpuNanos() - c1) / 1e9;

        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        List<ChallengedDecision> both = engine.decideAllWithChallenger(inputs);
        double bothSeconds = (System.nanoTime() - t2) / 1e9;
        double bothCpu = (cpuNanos() - c2) / 1e9;

        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        champion.forEach(d -> outcomes.merge(d.decision(), 1, Integer::sum));
        long disagreements = both.stream().filter(c -> !c.outcomesAgree()).count();
        long reasons = champion.stream().mapToLong(d -> d.reasons().size()).sum();
        System.out.printf("champion only:         %.2f s wall, %.2f s cpu (%.0f decisions/s, %.0f µs cpu each)%n",
                championSeconds, championCpu, count / championSeconds, championCpu * 1e6 / count);
        System.out.printf("champion + challenger: %.2f s wall, %.2f s cpu (%.0f decisions/s)%n",
                bothSeconds, bothCpu, count / bothSeconds);
        System.out.printf("outcomes %s, reasons/decision %.1f, challenger disagrees on %d (%.1f%%)%n",
                outcomes, reasons / (double) count, disagreements, 100.0 * disagreements / count);

        long t3 = System.nanoTime();
        long reproduced = champion.stream().limit(2_000).map(engine::replay).filter(ReplayResult::reproduced).count();
        System.out.printf("replay of %d: %d reproduced, %.2f s%n", Math.min(2_000, count), reproduced,
                (System.nanoTime() - t3) / 1e9);
    }
}
