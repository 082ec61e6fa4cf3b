-- meetings as the subscribable calendars publish them (issue 27): the meeting in the library's JSON,
-- its revision (iCalendar SEQUENCE), when it last changed (LAST-MODIFIED) and whether it was cancelled
CREATE TABLE published_meeting (
    meeting_id VARCHAR(100) PRIMARY KEY,
    group_id VARCHAR(100) NOT NULL,
    meeting_json CLOB NOT NULL,
    sequence INTEGER NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled BOOLEAN NOT NULL
);
