package com.guanxi.bench;

import com.guanxi.analysis.AbnormalGuaranteeStatus;
import com.guanxi.analysis.AnalysisParams;
import com.guanxi.analysis.BeneficialOwners;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.ContagionSet;
import com.guanxi.analysis.ControlResult;
import com.guanxi.analysis.CrossHoldings;
import com.guanxi.analysis.EquityAnalysis;
import com.guanxi.analysis.EquityResult;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.GuaranteeCircles;
import com.guanxi.analysis.GuaranteeContagion;
import com.guanxi.analysis.GuaranteeContract;
import com.guanxi.analysis.GuaranteeGraph;
import com.guanxi.analysis.GuaranteeLoop;
import com.guanxi.analysis.GuaranteeLoops;
import com.guanxi.analysis.GuaranteeNetworkAnalysis;
import com.guanxi.analysis.GuaranteeNetworkResult;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.IntegratedOwnership;
import com.guanxi.analysis.IntegratedShare;
import com.guanxi.analysis.LongestGuaranteeChains;
import com.guanxi.analysis.MutualGuarantees;
import com.guanxi.analysis.OverGuarantee;
import com.guanxi.analysis.OwnershipGraph;
import com.guanxi.analysis.OwnershipProjection;
import com.guanxi.analysis.PartyKind;
import com.guanxi.analysis.SharedContacts;
import com.guanxi.ingest.Money;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Benchmark of the analytics on a generated registry: N companies (default 1,000,000), 0.8·N persons and about
 * 5·N relationships (≈3.2 holdings per company in shallow pyramids with a few cross-holdings; the rest guarantee
 * contracts in clusters of heavy-tailed size, see {@link #generate}). Prints wall time per step and heap figures.
 * <p>
 * Run: {@code java -Xmx8g -cp <test classpath> com.guanxi.bench.AnalyticsBench [N] [seed]}
 */
public final class AnalyticsBench {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static long stepsCpuMs;

    private AnalyticsBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        AnalysisParams params = AnalysisParams.defaults();
        System.out.printf("AnalyticsBench N=%,d seed=%d cores=%d maxHeap=%,d MB%n", n, seed,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        Generated data = time("generate rows (not part of the figures)", () -> generate(n, seed));
        System.out.printf("  rows: %,d companies, %,d persons, %,d holdings, %,d guarantee contracts (%,d relationships)%n",
                data.companyIds.length, data.personIds.length, data.holdings, data.contracts,
                data.holdings + data.contracts);

        long analyticsStart = System.nanoTime();
        stepsCpuMs = 0;
        CompanyRegistry registry = time("load: registry (records + index)", data::loadRegistry);
        GuaranteeProjection guarantees = time("load: guarantee projection (records + builder)", data::loadGuarantees);
        OwnershipProjection ownership = time("load: ownership projection (records + builder)", data::loadOwnership);

        GuaranteeGraph g = time("guarantee: active graph G", () -> guarantees.activeGraph(AS_OF));
        System.out.printf("  G: %,d nodes, %,d edges%n", g.nodeCount(), g.edgeCount());
        var mutual = time("guarantee: mutual pairs", () -> MutualGuarantees.find(g));
        List<GuaranteeLoop> loops = time("guarantee: loops + evidence", () -> GuaranteeLoops.find(g, params));
        List<GuaranteeCircle> circles = time("guarantee: circles", () -> GuaranteeCircles.find(g, params));
        var chains = time("guarantee: longest chains", () -> LongestGuaranteeChains.compute(g, params));
        var over = time("guarantee: over-guarantee", () -> OverGuarantee.find(g, registry, params));
        var abnormal = time("guarantee: abnormal status", () -> AbnormalGuaranteeStatus.find(g, registry, params));
        GuaranteeGraph companiesOnly = time("guarantee: companies-only graph", g::withoutPersonGuarantors);
        time("guarantee: companies-only loops/circles/chains", () -> List.of(GuaranteeLoops.find(companiesOnly, params),
                GuaranteeCircles.find(companiesOnly, params), LongestGuaranteeChains.compute(companiesOnly, params)));
        int largestLoop = loops.stream().mapToInt(GuaranteeLoop::size).max().orElse(0);
        int largestCircle = circles.stream().mapToInt(GuaranteeCircle::size).max().orElse(0);
        System.out.printf("  %,d mutual pairs, %,d loops (largest %,d), %,d circles (largest %,d), %,d long-chain "
                        + "members, %,d over-guaranteed, %,d abnormal%n", mutual.size(), loops.size(), largestLoop,
                circles.size(), largestCircle, chains.longChainMembers().size(), over.overGuaranteed().size(),
                abnormal.size());
        int[] exposed = {0};
        time("guarantee: 1,000 contagion sets", () -> {
            SplittableRandom r = new SplittableRandom(seed);
            GuaranteeContagion contagion = new GuaranteeContagion(g);
            for (int i = 0; i < 1000; i++) {
                ContagionSet set = contagion.of(data.companyIds[r.nextInt(n)]);
                exposed[0] += set.exposed().size();
            }
            return null;
        });
        System.out.printf("  contagion: %,d exposed guarantors in total%n", exposed[0]);

        OwnershipGraph og = time("equity: ownership graph", () -> ownership.asOf(AS_OF));
        ControlResult control = time("equity: control fixpoint + groups", () -> EquityAnalysis.control(og, registry, params));
        long controlled = control.outcomes().values().stream().filter(o -> o.ultimateController() != null).count();
        System.out.printf("  %,d controlled companies, %,d groups, %d rounds, converged=%s%n", controlled,
                control.groups().size(), control.rounds(), control.converged());
        IntegratedOwnership integrated = new IntegratedOwnership(og);
        List<IntegratedShare> shares = time("equity: integrated ownership, all persons",
                () -> integrated.ofNaturalPersons(params.integratedOwnershipReportMin()));
        System.out.printf("  %,d person-company shares >= 1%%%n", shares.size());
        var owners = time("equity: beneficial owners", () -> BeneficialOwners.find(registry, control, shares,
                integrated, params));
        var cycles = time("equity: cross-holdings", () -> CrossHoldings.find(og));
        System.out.printf("  %,d companies with beneficial owners, %,d ownership cycles%n", owners.size(),
                cycles.cycles().size());

        var contacts = time("shared contacts", () -> SharedContacts.find(registry, params));
        System.out.printf("  %,d shared-contact clusters, %,d tagged companies%n", contacts.clusters().size(),
                contacts.taggedCompanies().size());

        long analytics = System.nanoTime() - analyticsStart;
        long stepsCpu = stepsCpuMs;

        // The three entry points end to end, guarantee network on one thread and equity + contacts on the other.
        long endToEnd = System.nanoTime();
        var equityRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            EquityResult e = EquityAnalysis.analyse(ownership, registry, AS_OF, params);
            SharedContacts.find(registry, params);
            return e;
        }, runnable -> new Thread(runnable, "equity").start());
        GuaranteeNetworkResult guaranteeRun = GuaranteeNetworkAnalysis.analyse(guarantees, registry, AS_OF, params);
        EquityResult equityResult = equityRun.join();
        System.out.printf("END TO END on 2 threads (GuaranteeNetworkAnalysis | EquityAnalysis + SharedContacts): "
                        + "wall %,d ms (%,d circles, %,d groups)%n", (System.nanoTime() - endToEnd) / 1_000_000,
                guaranteeRun.all().circles().size(), equityResult.control().groups().size());
        System.out.printf("TOTAL load + analytics: wall %,d ms, main-thread cpu %,d ms (generation excluded; whole run "
                + "%,d ms)%n", analytics / 1_000_000, stepsCpu, (System.nanoTime() - t0) / 1_000_000);
        long peakSum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakSum += pool.getPeakUsage().getUsed();
        }
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += gc.getCollectionTime();
            gcCount += gc.getCollectionCount();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("HEAP peak (sum of heap pool peaks) %,d MB; committed now %,d MB; used now %,d MB; "
                        + "GC %,d collections %,d ms%n", peakSum >> 20, rt.totalMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20, gcCount, gcMillis);
    }

    /** Runs one step, printing its wall time, the CPU time of this thread and the heap in use after it. */
    private static <T> T time(String step, Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        T result = work.get();
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        stepsCpuMs += cpuMs;
        System.out.printf("%-50s wall %,8d ms  cpu %,8d ms  heap used %,6d MB%n", step, wallMs, cpuMs,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        return result;
    }

    /**
     * The generated registry in primitive columns (as a database would hold it); the load steps turn each row into
     * the projection record and feed it to the builder, as the Neo4j loader will. A party p >= 0 is company p,
     * p < 0 is person -p-1; dates are epoch days, {@link #NO_DATE} when absent.
     */
    private static final class Generated {
        static final int NO_DATE = Integer.MIN_VALUE;
        final String[] companyIds;
        final String[] personIds;
        final long[] capital;
        final boolean[] capitalUsd;
        final byte[] status;
        final int[] legalRep;
        final int[] address;
        final int[] phone;
        final boolean[] hasEmail;
        int holdings;
        int[] holder = new int[16];
        int[] held = new int[16];
        double[] ratio = new double[16];
        int[] since = new int[16];
        int contracts;
        int[] guarantor = new int[16];
        int[] borrower = new int[16];
        double[] amount = new double[16];
        int[] start = new int[16];
        int[] end = new int[16];
        boolean[] released = new boolean[16];

        Generated(int n, int persons) {
            companyIds = new String[n];
            personIds = new String[persons];
            capital = new long[n];
            capitalUsd = new boolean[n];
            status = new byte[n];
            legalRep = new int[n];
            address = new int[n];
            phone = new int[n];
            hasEmail = new boolean[n];
        }

        void holding(int h, int c, double r, int day) {
            if (holdings == holder.length) {
                int cap = holdings * 2;
                holder = Arrays.copyOf(holder, cap);
                held = Arrays.copyOf(held, cap);
                ratio = Arrays.copyOf(ratio, cap);
                since = Arrays.copyOf(since, cap);
            }
            holder[holdings] = h;
            held[holdings] = c;
            ratio[holdings] = r;
            since[holdings++] = day;
        }

        void contract(int g, int b, double a, int from, int to, boolean isReleased) {
            if (contracts == guarantor.length) {
                int cap = contracts * 2;
                guarantor = Arrays.copyOf(guarantor, cap);
                borrower = Arrays.copyOf(borrower, cap);
                amount = Arrays.copyOf(amount, cap);
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                released = Arrays.copyOf(released, cap);
            }
            guarantor[contracts] = g;
            borrower[contracts] = b;
            amount[contracts] = a;
            start[contracts] = from;
            end[contracts] = to;
            released[contracts++] = isReleased;
        }

        String party(int p) {
            return p >= 0 ? companyIds[p] : personIds[-p - 1];
        }

        static LocalDate date(int day) {
            return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        }

        CompanyRegistry loadRegistry() {
            String[] statuses = {"存续", "在业", "吊销", "注销"};
            List<CompanyFacts> facts = new ArrayList<>(companyIds.length);
            for (int i = 0; i < companyIds.length; i++) {
                Money money = capital[i] < 0 ? null
                        : new Money(BigDecimal.valueOf(capital[i]), capitalUsd[i] ? "USD" : Money.CNY, "");
                facts.add(new CompanyFacts(companyIds[i], money, statuses[status[i]], personIds[legalRep[i]],
                        "广东省深圳市福田区" + (address[i] < 0 ? "共享路" + (-address[i]) : "深南大道" + address[i]) + "号",
                        phone[i] < 0 ? "138-0000-" + (-phone[i]) : "0755-" + phone[i],
                        hasEmail[i] ? "Mail" + i + "@Example.com" : null));
            }
            return CompanyRegistry.of(facts);
        }

        GuaranteeProjection loadGuarantees() {
            GuaranteeProjection.Builder b = GuaranteeProjection.builder();
            for (int k = 0; k < contracts; k++) {
                b.add(new GuaranteeContract("G" + k, party(guarantor[k]),
                        guarantor[k] >= 0 ? PartyKind.COMPANY : PartyKind.PERSON, party(borrower[k]),
                        PartyKind.COMPANY, amount[k], date(start[k]), date(end[k]),
                        released[k] ? GuaranteeContract.Status.RELEASED : GuaranteeContract.Status.ACTIVE));
            }
            return b.build();
        }

        OwnershipProjection loadOwnership() {
            OwnershipProjection.Builder b = OwnershipProjection.builder();
            for (int k = 0; k < holdings; k++) {
                b.add(new Holding(party(holder[k]), holder[k] >= 0 ? PartyKind.COMPANY : PartyKind.PERSON,
                        companyIds[held[k]], ratio[k], date(since[k])));
            }
            return b.build();
        }
    }

    private static Generated generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int personCount = Math.max(1, (int) (n * 0.8));
        Generated d = new Generated(n, personCount);
        for (int i = 0; i < n; i++) d.companyIds[i] = "C" + i;
        for (int i = 0; i < personCount; i++) d.personIds[i] = "P" + i;
        int sharedAddresses = Math.max(1, n / 500);
        for (int i = 0; i < n; i++) {
            d.capital[i] = r.nextInt(100) < 3 ? -1 : 100_000L * (1 + r.nextInt(10_000));
            d.capitalUsd[i] = r.nextInt(100) < 3;
            d.status[i] = (byte) (r.nextInt(100) < 96 ? r.nextInt(2) : 2 + r.nextInt(2));
            d.legalRep[i] = r.nextInt(personCount);
            // 2% of companies sit at one of n/500 shared addresses, 0.5% share a mobile among n/1000.
            d.address[i] = r.nextInt(100) < 2 ? -1 - r.nextInt(sharedAddresses) : i;
            d.phone[i] = r.nextInt(1000) < 5 ? -1 - r.nextInt(Math.max(1, n / 1000)) : 10_000_000 + i;
            d.hasEmail[i] = r.nextInt(10) < 3;
        }

        // Holdings: shallow pyramids (35% have a parent company among the 2,000 before), minority company
        // stakes (30%), 0.2% cross-holdings, the rest held by 1-4 persons.
        for (int j = 0; j < n; j++) {
            double remaining = 1.0;
            if (j > 0 && r.nextInt(100) < 35) {
                double ratio = 0.3 + 0.7 * r.nextDouble();
                d.holding(j - 1 - r.nextInt(Math.min(j, 2000)), j, ratio, since(r));
                remaining -= ratio;
            }
            if (j > 0 && r.nextInt(100) < 30) {
                double ratio = remaining * 0.2 * r.nextDouble();
                d.holding(j - 1 - r.nextInt(Math.min(j, 2000)), j, ratio, since(r));
                remaining -= ratio;
            }
            if (j > 0 && r.nextInt(1000) < 2) {
                int k = j - 1 - r.nextInt(Math.min(j, 50));
                double ratio = remaining * 0.3 * r.nextDouble();
                d.holding(k, j, ratio, Generated.NO_DATE);
                d.holding(j, k, 0.05 * r.nextDouble(), Generated.NO_DATE);
                remaining -= ratio;
            }
            int persons = 1 + r.nextInt(4);
            for (int k = 0; k < persons && remaining > 1e-6; k++) {
                double ratio = k == persons - 1 ? remaining : remaining * (0.2 + 0.6 * r.nextDouble());
                remaining -= ratio;
                d.holding(-1 - r.nextInt(personCount), j, ratio, since(r));
            }
        }

        // Guarantees: companies fall into guarantee clusters of heavy-tailed size (median ~3, a few in the
        // thousands); inside a cluster mostly a later company guarantees an earlier one (a DAG), 3% the other way
        // (loops, mutual pairs); 6% of contracts have a person guarantor, 0.5% end outside the cluster.
        long target = 5L * n - d.holdings;
        int clusterStart = 0;
        int today = (int) AS_OF.toEpochDay();
        while (d.contracts < target) {
            int size = (int) Math.min(3000, Math.min(n, 2 / Math.pow(1 - r.nextDouble(), 0.8)));
            if (clusterStart + size > n) clusterStart = 0;
            int edges = (int) Math.round(2.5 * size);
            for (int k = 0; k < edges && d.contracts < target; k++) {
                int a = clusterStart + r.nextInt(size);
                int b = r.nextInt(200) == 0 ? r.nextInt(n) : clusterStart + r.nextInt(size);
                if (a == b) continue;
                int guarantor = Math.max(a, b);
                int borrower = Math.min(a, b);
                if (r.nextInt(100) < 3) {
                    guarantor = borrower;
                    borrower = Math.max(a, b);
                }
                if (r.nextInt(100) < 6) guarantor = -1 - r.nextInt(personCount);
                int from = r.nextInt(10) == 0 ? Generated.NO_DATE : today - r.nextInt(3 * 365);
                int to = r.nextInt(10) == 0 ? Generated.NO_DATE : today + r.nextInt(3 * 365) - 200;
                d.contract(guarantor, borrower, 100_000.0 * (1 + r.nextInt(1000)), from, to, r.nextInt(100) < 3);
            }
            clusterStart += size;
        }
        return d;
    }

    private static int since(SplittableRandom r) {
        return r.nextInt(5) == 0 ? Generated.NO_DATE : (int) LocalDate.of(2000, 1, 1).toEpochDay() + r.nextInt(25 * 365);
    }

}
