package cn.zfgs.admin.push;

import cn.zfgs.admin.security.Access;
import cn.zfgs.admin.AdminConfig;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.importing.ImportColumn;
import cn.zfgs.content.importing.ImportKind;
import cn.zfgs.content.importing.Importer;
import cn.zfgs.content.importing.RowReader;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import cn.zfgs.content.workflow.Workflow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 执法决定实时推送 — case-handling systems push decisions as they are made. Authenticated by an agency's API key in the
 * {@code Authorization: Bearer} header (not a cookie: nothing a browser sends by itself, so no forgery protection is
 * needed, and {@code AdminGate} lets this path through without a session). The same row rules, idempotency and
 * workflow as the spreadsheet import ({@link RowReader}, {@link Importer}); refusals are JSON naming the field.
 */
@Path("/admin/push/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "执法决定实时推送", description = "办案系统按机关推送执法决定；须使用本机关系统管理员在后台“推送接口密钥”页面创建的密钥")
@SecurityScheme(securitySchemeName = "pushKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer zfgs_…（密钥只在创建时显示一次）")
@Singleton
public class PushApi {

    private static final int MAX_BODY = 200_000;
    private static final Set<String> FIELDS = Arrays.stream(PushedDecision.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toSet());
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** 推送的执法决定 — the body of a push; field names as in the open data API. */
    @Schema(name = "PushedDecision", description = "一件执法决定。按“机关 + 文号”识别：再次推送同一文号即更新（已公开的须带更正说明），内容不变则不做任何改动")
    public record PushedDecision(
            @Schema(required = true, description = "文号", example = "赣药监罚〔2024〕12号") String documentNumber,
            @Schema(required = true, description = "决定类别：行政许可、行政处罚、行政强制、行政检查、行政征收、行政收费、其他（或 LICENSING、PENALTY …）", example = "行政处罚") String decisionType,
            @Schema(required = true, description = "当事人名称或姓名（自然人姓名公开前屏蔽）") String partyName,
            @Schema(required = true, description = "当事人类别：法人、自然人、个体工商户、非法人组织", example = "法人") String partyKind,
            @Schema(description = "统一社会信用代码（法人必填，自然人不填）") String partyCreditCode,
            @Schema(required = true, description = "违法事实") String facts,
            @Schema(required = true, description = "法律依据，每项一条，如《药品管理法》第一百一十七条") List<String> legalBases,
            @Schema(required = true, description = "决定内容") String result,
            @Schema(description = "罚款金额（元）", example = "5000") BigDecimal fineAmount,
            @Schema(description = "没收金额（元）") BigDecimal confiscatedAmount,
            @Schema(required = true, description = "决定日期", example = "2026-03-02") LocalDate decisionDate,
            @Schema(description = "是否举行听证") Boolean hearingHeld,
            @Schema(description = "是否吊销许可证件") Boolean licenceRevoked,
            @Schema(description = "更正说明：修改已公开的决定时必填，随更正后的版本公开") String changeNote,
            @Schema(description = "true：推送后直接提交审核；false 或不填：作为草稿") Boolean submit) {
    }

    /** What the push did. */
    @Schema(name = "PushResult")
    public record PushResult(
            @Schema(description = "CREATED 新建、UPDATED 更新、UNCHANGED 无变化") String outcome,
            String outcomeLabel, Long itemId, Long revisionId,
            @Schema(description = "修订状态，如 DRAFT、SUBMITTED") String status, String statusLabel) {
    }

    /** Why a push was refused: a message, and for field errors each field by its JSON name. */
    @Schema(name = "PushProblem")
    public record Problem(String message, List<FieldError> errors) {
    }

    @Inject
    ApiKeys keys;
    @Inject
    Importer importer;
    @Inject
    EntityManager em;
    @Inject
    AdminConfig config;

    private final RowReader reader = new RowReader(ImportKind.DECISION, LawCatalogue.shipped());
    private Cache<Long, Bucket> buckets;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(5)).build();
    }

    @POST
    @Path("/agencies/{agencyCode}/decisions")
    @Operation(summary = "推送一件执法决定", description = "新文号：建立草稿（submit 为 true 时提交审核）；已有文号："
            + "内容相同则不做改动，草稿则修改，已公开的则作为更正（须有 changeNote），审核中的或已撤回的拒绝。"
            + "导入的文字与手工录入的一样生成隐私屏蔽建议，由审核人确认后才公开。")
    @SecurityRequirement(name = "pushKey")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PushedDecision.class)))
    @APIResponse(responseCode = "201", description = "已新建",
            content = @Content(schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "200", description = "已更新，或内容无变化",
            content = @Content(schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "400", description = "请求不是有效的 JSON 对象",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "缺少密钥，或密钥无效、已吊销",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "密钥不属于该机关",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "机关代码不存在",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "按发布流程不能修改（正在审核、已撤回等）",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "字段校验未通过，errors 逐项列出字段与中文说明",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "超过每个密钥每分钟的请求数，Retry-After 给出等待秒数",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @Access(apiKey = true)
    public Response push(@Parameter(description = "机关代码（统一社会信用代码）") @PathParam("agencyCode") String agencyCode,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Instant now = Instant.now();
        String secret = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : null;
        ApiKeys.Caller caller = keys.authenticate(secret, now).orElse(null);
        if (caller == null) {
            return problem(401, "缺少或无效的接口密钥：请在 Authorization 请求头中以“Bearer 密钥”的形式提供本机关系统管理员创建的、"
                    + "未吊销的密钥", List.of()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        Bucket bucket = buckets.get(caller.keyId(), id -> Bucket.builder().addLimit(limit -> limit
                .capacity(config.pushRequestsPerMinute())
                .refillGreedy(config.pushRequestsPerMinute(), Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            return problem(429, "推送过于频繁：每个密钥每分钟最多 " + config.pushRequestsPerMinute() + " 次，请在 " + seconds
                    + " 秒后再试", List.of()).header("Retry-After", seconds).build();
        }
        Long agencyId = agency(agencyCode);
        if (agencyId == null) {
            return problem(404, "机关代码“" + agencyCode + "”不存在", List.of()).build();
        }
        if (!agencyId.equals(caller.agencyId())) {
            return problem(403, "该密钥属于其他机关，不能推送机关“" + agencyCode + "”的执法决定（谁执法谁公示）", List.of()).build();
        }
        JsonNode json;
        try {
            if (body == null || body.length() > MAX_BODY) {
                return problem(400, "请求内容：应为 JSON 对象，且不超过 " + MAX_BODY + " 个字符", List.of()).build();
            }
            json = JSON.readTree(body);
        } catch (JsonProcessingException malformed) {
            return problem(400, "请求内容：不是有效的 JSON（" + malformed.getOriginalMessage() + "）", List.of()).build();
        }
        if (json == null || !json.isObject()) {
            return problem(400, "请求内容：应为 JSON 对象", List.of()).build();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> cells = cells(json, errors);
        boolean submit = json.path("submit").asBoolean(false);
        if (json.has("submit") && !json.get("submit").isBoolean()) {
            errors.add(new FieldError("submit", "submit：应为 true 或 false"));
        }
        if (!errors.isEmpty()) {
            return problem(422, "有 " + errors.size() + " 处需要修改", errors).build();
        }
        RowReader.Parsed parsed = reader.read(cells, LocalDate.now(Workflow.CHINA));
        if (!parsed.valid()) {
            List<FieldError> named = parsed.errors().stream().map(e -> new FieldError(field(e.field()), e.message()))
                    .toList();
            return problem(422, "有 " + named.size() + " 处需要修改", named).build();
        }
        try {
            Importer.Result result = importer.put(caller.actor(), agencyId, parsed.content(), parsed.changeNote(),
                    submit, now);
            return Response.status(result.outcome() == Importer.Outcome.CREATED ? 201 : 200)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ContentJson.write(new PushResult(result.outcome().name(), result.outcome().label(),
                            result.itemId(), result.revisionId(), result.status().name(), result.status().label())))
                    .build();
        } catch (InvalidContentException invalid) {
            return problem(422, invalid.getMessage(), invalid.errors()).build();
        } catch (WorkflowException refused) {
            return problem(409, refused.getMessage(), List.of()).build();
        }
    }

    /** The JSON fields as the import's cells (by column header); unknown fields and wrong types are errors. */
    private static Map<String, String> cells(JsonNode json, List<FieldError> errors) {
        Map<String, String> cells = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, name + "：不是可接受的字段（字段见 /q/openapi 的 PushedDecision）"));
                continue;
            }
            if (name.equals("submit") || value.isNull()) {
                continue;
            }
            ImportColumn column = ImportKind.DECISION.columnOf(name).orElseThrow();
            if (value.isArray() && name.equals("legalBases")) {
                List<String> lines = new ArrayList<>();
                value.forEach(v -> lines.add(v.asText()));
                cells.put(column.header(), String.join("\n", lines));
            } else if (value.isBoolean()) {
                cells.put(column.header(), value.asBoolean() ? "是" : "否");
            } else if (value.isNumber()) {
                cells.put(column.header(), value.decimalValue().toPlainString());
            } else if (value.isTextual()) {
                cells.put(column.header(), value.asText());
            } else {
                errors.add(new FieldError(name, column.header() + "：类型不对（" + name + "）"));
            }
        }
        return cells;
    }

    /** The JSON name of the field behind a column header, for naming it in an error. */
    private static String field(String header) {
        return ImportKind.DECISION.columns().stream().filter(c -> c.header().equals(header))
                .map(ImportColumn::field).findFirst().orElse(header);
    }

    private Long agency(String code) {
        return em.createQuery("SELECT id FROM Agency WHERE code = :c", Long.class).setParameter("c", code)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static Response.ResponseBuilder problem(int status, String message, List<FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ContentJson.write(new Problem(message, errors)));
    }
}
