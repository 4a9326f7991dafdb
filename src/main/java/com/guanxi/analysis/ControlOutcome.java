package com.guanxi.analysis;

import java.util.List;

/**
 * Control of one registry company.
 *
 * @param companyId              the company
 * @param ultimateController     its ultimate controller (实际控制人), null when nobody controls it (无实际控制人)
 * @param ultimateControllerType kind of the ultimate controller, null with it
 * @param basis                  absolute or relative control of the company by its controlling bloc, null with it
 * @param controlPath            [ultimate controller, ..., company], each step a direct holding and each
 *                               intermediate company controlled by the ultimate controller; empty when uncontrolled
 * @param group                  the company's group: the ultimate controller's, or its own when it is an
 *                               uncontrolled root controlling others; null otherwise
 */
public record ControlOutcome(String companyId, String ultimateController, PartyKind ultimateControllerType,
                             ControlBasis basis, List<String> controlPath, GroupRef group) {
    public ControlOutcome {
        controlPath = List.copyOf(controlPath);
        if ((ultimateController == null) != controlPath.isEmpty()) {
            throw new IllegalArgumentException("a control path exactly when there is an ultimate controller");
        }
    }
}
