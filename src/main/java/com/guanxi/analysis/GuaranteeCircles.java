package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Guarantee circles (担保圈, definitions.md "Guarantee circle"): weakly connected components of G with at least
 * {@link AnalysisParams#circleMinSize()} members, reported with size, total amount, the members with the highest
 * out/in exposure and whether a loop or mutual pair lies inside. Union-find plus one pass over the edges:
 * O(n + m α(n)) time, O(n) memory, besides sorting each circle's member ids.
 */
public final class GuaranteeCircles {
    private GuaranteeCircles() {
    }

    /** The circles of G, sorted by their first member. */
    public static List<GuaranteeCircle> find(GuaranteeGraph g, AnalysisParams params) {
        CsrDigraph csr = g.csr;
        NodePartition wcc = WeaklyConnectedComponents.of(csr);
        NodePartition scc = g.strongComponents();
        boolean[] inMutual = MutualGuarantees.members(csr);
        List<GuaranteeCircle> circles = new ArrayList<>();
        for (int c = 0; c < wcc.count(); c++) {
            int size = wcc.size(c);
            if (size < params.circleMinSize()) continue;
            List<String> members = new ArrayList<>(size);
            double total = 0;
            int edges = 0;
            int companies = 0;
            boolean hasLoop = false;
            boolean hasMutual = false;
            int maxOut = -1;
            double maxOutAmount = -1;
            int maxIn = -1;
            double maxInAmount = -1;
            for (int k = wcc.memberStart(c); k < wcc.memberEnd(c); k++) {
                int v = wcc.member(k);
                members.add(g.id(v));
                double out = csr.outWeight(v);
                double in = csr.inWeight(v);
                total += out;
                edges += csr.outDegree(v);
                if (g.kind(v) != PartyKind.PERSON) companies++;
                hasLoop |= scc.size(scc.component(v)) >= params.loopMinSize();
                hasMutual |= inMutual[v];
                if (out > maxOutAmount || (out == maxOutAmount && g.id(v).compareTo(g.id(maxOut)) < 0)) {
                    maxOut = v;
                    maxOutAmount = out;
                }
                if (in > maxInAmount || (in == maxInAmount && g.id(v).compareTo(g.id(maxIn)) < 0)) {
                    maxIn = v;
                    maxInAmount = in;
                }
            }
            members.sort(null);
            circles.add(new GuaranteeCircle(members, size, total, edges, companies, hasLoop, hasMutual,
                    g.id(maxOut), maxOutAmount, g.id(maxIn), maxInAmount));
        }
        circles.sort((a, b) -> a.members().get(0).compareTo(b.members().get(0)));
        return circles;
    }
}
