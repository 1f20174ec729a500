package cn.zfgs.content.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of content payloads and of the nested parts of projections (legal bases, steps, materials),
 * so that what is stored reads back the same whichever module reads it.
 */
public final class ContentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContentJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match " + type.getSimpleName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match " + type.getType(), e);
        }
    }

    /** The payload of a revision of the given kind. */
    public static Content readContent(ContentKind kind, String json) {
        Class<? extends Content> type = switch (kind) {
            case AGENCY -> AgencyProfile.class;
            case OFFICER -> OfficerContent.class;
            case ENFORCEMENT_ITEM -> EnforcementItemContent.class;
            case SERVICE_GUIDE -> ServiceGuideContent.class;
            case FLOWCHART -> FlowchartContent.class;
            case RIGHTS_NOTICE -> RightsNoticeContent.class;
            case DISCRETION_BENCHMARK -> DiscretionBenchmarkContent.class;
            case DECISION -> DecisionContent.class;
            case INSPECTION_RESULT -> InspectionResultContent.class;
            case ANNUAL_REPORT -> AnnualReportContent.class;
        };
        return read(json, type);
    }
}
