package com.guanxi.security;

import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.is;

/** shared/samples/small: 天津海纳实业集团有限公司 has phone 022-58657362 and e-mail rqqz396@sina.com. */
@QuarkusTest
class MaskingTest {

    static final String COMPANY = "91120101455490325F";

    @Inject
    ImportService imports;

    @BeforeEach
    void givenTheSampleIsImported() {
        SampleGraph.ensureImported(imports);
    }

    @Test
    void shouldMaskPhoneAndEmailForAnalystsAndApprovers() {
        for (String role : new String[]{"analyst", "approver"}) {
            TestUsers.as(role).when().get("/api/companies/" + COMPANY).then().statusCode(200)
                    .body("phone", is("022****7362"))
                    .body("email", is("r***@sina.com"));
        }
    }

    @Test
    void shouldShowPhoneAndEmailInClearToAdmins() {
        TestUsers.as("admin").when().get("/api/companies/" + COMPANY).then().statusCode(200)
                .body("phone", is("022-58657362"))
                .body("email", is("rqqz396@sina.com"));
    }
}
