package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * One LLVM module in its own LLVM context, set up for a {@link Target} (triple and data layout).
 * This is the builder facade the codegen stage uses: handles ({@link LlvmType}, {@link LlvmValue},
 * {@link LlvmFunction}, {@link LlvmBlock}) keep bytedeco types out of every public signature and are
 * checked to belong to this module, because mixing contexts crashes LLVM instead of failing.
 * Not thread-safe; different modules may be used from different threads.
 */
public final class LlvmModule implements AutoCloseable {
    final LLVMContextRef context;
    final LLVMModuleRef module;
    private final Target target;
    private final String name;
    private final LlvmBuilder builder;
    private int stringCount;
    private boolean closed;

    private LlvmModule(LLVMContextRef context, LLVMModuleRef module, Target target, String name) {
        this.context = context;
        this.module = module;
        this.target = target;
        this.name = name;
        applyTarget();
        this.builder = new LlvmBuilder(this, LLVMCreateBuilderInContext(context));
    }

    /**
     * An empty module. {@code name} becomes the module id and source file name recorded in the
     * object, so pass a relative name (never an absolute path) to keep outputs reproducible.
     */
    public static LlvmModule create(String name, Target target) {
        LlvmTargets.initialize();
        LLVMContextRef context = LLVMContextCreate();
        LLVMModuleRef module = LLVMModuleCreateWithNameInContext(name, context);
        LLVMSetSourceFileName(module, name, name.getBytes(StandardCharsets.UTF_8).length);
        return new LlvmModule(context, module, target, name);
    }

    /** A module from LLVM assembly text; its triple and data layout are replaced by the target's. */
    public static LlvmModule parse(String llvmAssembly, String name, Target target) throws CodegenException {
        return parseLinked(java.util.List.of(llvmAssembly), name, target);
    }

    /**
     * Several texts of LLVM assembly parsed into one context and linked into one module by LLVM's IR
     * linker, in list order (the linker renames private and internal symbols that clash, so each
     * text may use the same local names).
     */
    public static LlvmModule parseLinked(java.util.List<String> texts, String name, Target target) throws CodegenException {
        LlvmTargets.initialize();
        LLVMContextRef context = LLVMContextCreate();
        LLVMModuleRef linked = null;
        try {
            for (String text : texts) {
                LLVMModuleRef module = parseIn(context, text, name);
                if (linked == null) {
                    linked = module;
                } else if (LLVMLinkModules2(linked, module) != 0) { // consumes module either way
                    throw new CodegenException(CodegenException.Kind.PARSE, name, "LLVM could not link the modules' texts");
                }
            }
        } catch (CodegenException | RuntimeException e) {
            if (linked != null) {
                LLVMDisposeModule(linked);
            }
            LLVMContextDispose(context);
            throw e;
        }
        return new LlvmModule(context, linked, target, name);
    }

    private static LLVMModuleRef parseIn(LLVMContextRef context, String llvmAssembly, String name) throws CodegenException {
        byte[] bytes = llvmAssembly.getBytes(StandardCharsets.UTF_8);
        LLVMModuleRef module = new LLVMModuleRef();
        BytePointer error = new BytePointer();
        try (BytePointer data = new BytePointer(bytes.length); BytePointer bufferName = new BytePointer(name)) {
            data.put(bytes, 0, bytes.length);
            // Parsing takes ownership of the buffer: it must not be disposed here.
            LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, bytes.length, bufferName);
            if (LLVMParseIRInContext(context, buffer, module, error) != 0) {
                throw new CodegenException(CodegenException.Kind.PARSE, name, takeMessage(error));
            }
        }
        return module;
    }

    private void applyTarget() {
        LLVMSetTarget(module, target.triple());
        LLVMTargetMachineRef machine = LlvmTargets.createMachine(target, OptLevel.O0);
        LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(machine);
        BytePointer text = LLVMCopyStringRepOfTargetData(layout);
        LLVMSetDataLayout(module, text);
        LLVMDisposeMessage(text);
        LLVMDisposeTargetData(layout);
        LLVMDisposeTargetMachine(machine);
    }

    public Target target() {
        return target;
    }

    public String name() {
        return name;
    }

    /** The instruction builder of this module (one per module). */
    public LlvmBuilder builder() {
        checkOpen();
        return builder;
    }

    // ---- types

    public LlvmType i1() {
        return type(LLVMInt1TypeInContext(context()));
    }

    public LlvmType i8() {
        return type(LLVMInt8TypeInContext(context()));
    }

    public LlvmType i32() {
        return type(LLVMInt32TypeInContext(context()));
    }

    public LlvmType i64() {
        return type(LLVMInt64TypeInContext(context()));
    }

    public LlvmType f64() {
        return type(LLVMDoubleTypeInContext(context()));
    }

    /** The opaque pointer type (address space 0). */
    public LlvmType ptr() {
        return type(LLVMPointerTypeInContext(context(), 0));
    }

    public LlvmType voidType() {
        return type(LLVMVoidTypeInContext(context()));
    }

    public LlvmType functionType(LlvmType result, LlvmType... params) {
        return functionType(result, false, params);
    }

    /** A C-variadic function type, for declaring functions such as {@code printf}. */
    public LlvmType varargFunctionType(LlvmType result, LlvmType... params) {
        return functionType(result, true, params);
    }

    private LlvmType functionType(LlvmType result, boolean varargs, LlvmType... params) {
        own(result);
        LLVMTypeRef fn;
        if (params.length == 0) {
            fn = LLVMFunctionType(result.ref, (PointerPointer<?>) null, 0, varargs ? 1 : 0);
        } else {
            LLVMTypeRef[] refs = new LLVMTypeRef[params.length];
            for (int i = 0; i < params.length; i++) {
                refs[i] = own(params[i]).ref;
            }
            // Array constructor on purpose: PointerPointer(x) with one Pointer is a cast (ENVIRONMENT.md).
            try (PointerPointer<LLVMTypeRef> array = new PointerPointer<>(refs)) {
                fn = LLVMFunctionType(result.ref, array, params.length, varargs ? 1 : 0);
            }
        }
        return type(fn);
    }

    /** A literal (unnamed) struct type with natural alignment. */
    public LlvmType structType(LlvmType... fields) {
        LLVMTypeRef struct;
        if (fields.length == 0) {
            struct = LLVMStructTypeInContext(context(), (PointerPointer<?>) null, 0, 0);
        } else {
            LLVMTypeRef[] refs = new LLVMTypeRef[fields.length];
            for (int i = 0; i < fields.length; i++) {
                refs[i] = own(fields[i]).ref;
            }
            try (PointerPointer<LLVMTypeRef> array = new PointerPointer<>(refs)) {
                struct = LLVMStructTypeInContext(context(), array, fields.length, 0);
            }
        }
        return type(struct);
    }

    public LlvmType arrayType(LlvmType element, long count) {
        return type(LLVMArrayType2(own(element).ref, count));
    }

    // ---- functions, globals and constants

    /** The function called {@code name}, added as a declaration if the module has none yet. */
    public LlvmFunction function(String name, LlvmType functionType) {
        own(functionType);
        if (LLVMGetTypeKind(functionType.ref) != LLVMFunctionTypeKind) {
            throw new IllegalArgumentException("not a function type for " + name);
        }
        LLVMValueRef existing = LLVMGetNamedFunction(module, name);
        if (existing != null && !existing.isNull()) {
            if (!LLVMGlobalGetValueType(existing).equals(functionType.ref)) {
                throw new IllegalArgumentException("function " + name + " already exists with another type");
            }
            return new LlvmFunction(this, existing, functionType);
        }
        return new LlvmFunction(this, LLVMAddFunction(module, name, functionType.ref), functionType);
    }

    /** The program entry {@code i32 (i32 argc, ptr argv)}, under the symbol the target's C start code calls. */
    public LlvmFunction mainFunction() {
        return function(target.mainSymbol(), functionType(i32(), i32(), ptr()));
    }

    /**
     * A global variable, zero-initialized unless {@code initializer} is given; {@code exported}
     * makes it visible to the linker, otherwise it is internal to this module.
     */
    public LlvmValue global(String name, LlvmType type, LlvmValue initializer, boolean exported) {
        own(type);
        if (LLVMGetNamedGlobal(module, name) != null && !LLVMGetNamedGlobal(module, name).isNull()) {
            throw new IllegalArgumentException("global " + name + " already exists");
        }
        LLVMValueRef global = LLVMAddGlobal(module, type.ref, name);
        LLVMSetInitializer(global, initializer == null ? LLVMConstNull(type.ref) : own(initializer).ref);
        LLVMSetLinkage(global, exported ? LLVMExternalLinkage : LLVMInternalLinkage);
        return new LlvmValue(this, global);
    }

    /** The all-zero value of a type (0, 0.0, null, zeroed aggregate). */
    public LlvmValue constZero(LlvmType type) {
        return new LlvmValue(this, LLVMConstNull(own(type).ref));
    }

    public LlvmValue constInt(LlvmType type, long value) {
        own(type);
        return new LlvmValue(this, LLVMConstInt(type.ref, value, 1));
    }

    public LlvmValue constDouble(double value) {
        return new LlvmValue(this, LLVMConstReal(f64().ref, value));
    }

    /** A private NUL-terminated UTF-8 string constant; returns its address. Names are numbered in creation order. */
    public LlvmValue cString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        LLVMValueRef init;
        try (BytePointer data = new BytePointer(bytes.length)) {
            data.put(bytes, 0, bytes.length);
            init = LLVMConstStringInContext2(context(), data, bytes.length, 0);
        }
        LLVMValueRef global = LLVMAddGlobal(module, LLVMTypeOf(init), ".str." + stringCount++);
        LLVMSetInitializer(global, init);
        LLVMSetGlobalConstant(global, 1);
        LLVMSetLinkage(global, LLVMPrivateLinkage);
        LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr);
        LLVMSetAlignment(global, 1);
        return new LlvmValue(this, global);
    }

    /** LLVM assembly of the module as it is now (before or after {@link CodeGenerator#optimize}). */
    public String toText() {
        checkOpen();
        BytePointer text = LLVMPrintModuleToString(module);
        return takeMessage(text);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LLVMDisposeBuilder(builder.ref);
        LLVMDisposeModule(module);
        LLVMContextDispose(context);
    }

    // ---- package-private plumbing

    LLVMContextRef context() {
        checkOpen();
        return context;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("module " + name + " is closed");
        }
    }

    LlvmType own(LlvmType type) {
        checkOpen();
        if (type.owner != this) {
            throw new IllegalArgumentException("type belongs to another module");
        }
        return type;
    }

    <T extends LlvmValue> T own(T value) {
        checkOpen();
        if (value.owner != this) {
            throw new IllegalArgumentException("value belongs to another module");
        }
        return value;
    }

    LlvmBlock own(LlvmBlock block) {
        checkOpen();
        if (block.owner != this) {
            throw new IllegalArgumentException("block belongs to another module");
        }
        return block;
    }

    private LlvmType type(LLVMTypeRef ref) {
        return new LlvmType(this, ref);
    }

    /** Copies an LLVM-allocated message and frees it. */
    static String takeMessage(BytePointer message) {
        if (message == null || message.isNull()) {
            return "";
        }
        String text = message.getString(StandardCharsets.UTF_8);
        LLVMDisposeMessage(message);
        return text;
    }
}
