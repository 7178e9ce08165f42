package org.healthscore.io.sample;

import java.util.List;

/** Word lists for realistic-looking names, roles and free-text notes. */
final class SampleWords {
    static final List<String> NAME_FIRST = List.of("Blue", "North", "Silver", "Bright", "Cedar", "Summit", "Harbor",
            "Granite", "Copper", "Maple", "Orbit", "Pioneer", "Quantum", "River", "Sterling", "Vertex", "Willow",
            "Atlas", "Beacon", "Crescent", "Delta", "Evergreen", "Falcon", "Horizon", "Ironwood", "Juniper");
    static final List<String> NAME_SECOND = List.of("Labs", "Systems", "Logistics", "Health", "Foods", "Retail",
            "Capital", "Analytics", "Works", "Energy", "Media", "Partners", "Robotics", "Networks", "Studios",
            "Freight", "Clinics", "Bank", "Insurance", "Software");
    static final List<String> INDUSTRIES = List.of("Software", "Financial services", "Healthcare", "Retail",
            "Manufacturing", "Logistics", "Education", "Media", "Professional services", "Energy");
    static final List<String> CSMS = List.of("Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Patel", "Elif Kaya",
            "Felix Braun", "Grace Liu", "Hugo Silva", "Ines Moreau", "Jonas Berg", "Kara Singh", "Liam Walsh");
    static final List<String> ROLES = List.of("Admin", "End user", "End user", "Champion", "Executive");
    static final List<String> PROMOTER = List.of("Saves our team hours every week.", "Great support, quick answers.",
            "The new reports are exactly what we needed.", "Rolled out to two more teams.", "");
    static final List<String> PASSIVE = List.of("Does the job.", "Some features are hard to find.",
            "Good, but pricing is a concern.", "Reporting could be more flexible.", "");
    static final List<String> DETRACTOR = List.of("Too slow for our volume.", "Support takes days to answer.",
            "We are evaluating alternatives.", "Adoption stalled after the pilot.", "Missing integrations we need.",
            "Budget under review; hard to justify the cost.");
    static final List<String> PULSE_GOOD = List.of("Strong champion, planning QBR.", "Expansion talks with sales.",
            "Happy with onboarding of new team.", "Healthy usage, no open issues.");
    static final List<String> PULSE_MID = List.of("Champion busy; slow replies.", "Waiting on integration fix.",
            "Usage flat this quarter.", "New admin needs training.");
    static final List<String> PULSE_BAD = List.of("Sponsor left the company.", "Escalation open on performance.",
            "Budget cuts announced.", "Competitor demo scheduled.", "Stakeholders unresponsive.");

    private SampleWords() {
    }
}
