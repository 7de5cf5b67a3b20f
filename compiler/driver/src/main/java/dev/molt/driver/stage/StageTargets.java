package dev.molt.driver.stage;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;

/** The service API's target and optimization enums (molt.service.v1) as the compiler's. */
public final class StageTargets {
    private StageTargets() {}

    /** Unspecified is native, as common.proto says. */
    public static Target fromProto(dev.molt.service.v1.Target target) {
        return target == dev.molt.service.v1.Target.TARGET_WASM ? Target.WASM : Target.NATIVE;
    }

    public static dev.molt.service.v1.Target toProto(Target target) {
        return target == Target.WASM ? dev.molt.service.v1.Target.TARGET_WASM : dev.molt.service.v1.Target.TARGET_NATIVE;
    }

    /** Unspecified is O2, as common.proto says. */
    public static OptLevel fromProto(dev.molt.service.v1.OptLevel opt) {
        switch (opt) {
            case OPT_O0:
                return OptLevel.O0;
            case OPT_O3:
                return OptLevel.O3;
            default:
                return OptLevel.O2;
        }
    }
}
