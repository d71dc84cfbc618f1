// Package data is the case file: domain types, workflow rules, deadlines and the SQLite store.
package data

import (
	"errors"
	"time"
)

// Status is where a complaint stands in the procedure.
type Status string

const (
	StatusRegistered   Status = "registered"   // 已登记: taken in, not yet acknowledged
	StatusAcknowledged Status = "acknowledged" // 已受理: complainant contacted
	StatusInProgress   Status = "in_progress"  // 处理中: routed to a department and handler
	StatusResolved     Status = "resolved"     // 已解决: result recorded, waiting for the rating
	StatusClosed       Status = "closed"       // 已结案
	StatusInvalid      Status = "invalid"      // 无效投诉: closed with a reason
	StatusReopened     Status = "reopened"     // 重新处理: dissatisfied or reopened by hand
)

// Statuses lists every status in procedure order.
var Statuses = []Status{StatusRegistered, StatusAcknowledged, StatusInProgress, StatusResolved,
	StatusClosed, StatusInvalid, StatusReopened}

// Open reports whether the complaint still needs work.
func (s Status) Open() bool { return s != StatusClosed && s != StatusInvalid }

// Channel is how a complaint arrived.
type Channel string

const (
	ChannelPhone  Channel = "phone"
	ChannelLetter Channel = "letter"
	ChannelEmail  Channel = "email"
	ChannelVisit  Channel = "visit"
	ChannelFax    Channel = "fax"
	ChannelWeb    Channel = "web"
	ChannelSocial Channel = "social"
)

// Channels lists every channel.
var Channels = []Channel{ChannelPhone, ChannelLetter, ChannelEmail, ChannelVisit, ChannelFax,
	ChannelWeb, ChannelSocial}

// ComplainantType is who the complainant is to the office.
type ComplainantType string

const (
	TypeOwner      ComplainantType = "owner"
	TypeTenant     ComplainantType = "tenant"
	TypeConsumer   ComplainantType = "consumer"
	TypeFranchisee ComplainantType = "franchisee"
	TypeOther      ComplainantType = "other"
)

// ComplainantTypes lists every complainant type.
var ComplainantTypes = []ComplainantType{TypeOwner, TypeTenant, TypeConsumer, TypeFranchisee, TypeOther}

// Complainant is a person or unit who complained, once or many times.
type Complainant struct {
	ID      int64
	Name    string
	Company string
	Phone   string
	Email   string
	Address string
	Type    ComplainantType
}

// Complaint is one case with everything recorded about it (DESIGN §1.1–1.7).
type Complaint struct {
	ID          int64
	UUID        string
	Ref         string // TS-YYYY-NNNNNN
	Channel     Channel
	ReceivedAt  time.Time
	Place       string
	Complainant Complainant
	Subject     string
	Description string
	Remedy      string // what the complainant asks for
	Impact      string // scope of impact
	TakenBy     string

	// Assessment.
	Category      string // category code, "" until assessed
	Level         int    // 1..3, 0 until assessed
	Valid         bool
	InvalidReason string
	Urgency       string
	AssessedAt    *time.Time

	// Routing.
	Department string   // department code
	Involved   []string // codes of the other departments involved, which the office coordinates
	Handler    string   // user name

	// Handling.
	Investigation    string
	RootCause        string
	ResponsibleParty string
	Solution         string
	Prevention       string
	Result           string

	// Closing.
	Satisfaction      int // 1..5, 0 when none recorded
	NoRatingReason    string
	ManagementMeeting bool // dissatisfied at level 3: goes to the management meeting
	RepeatOf          *int64
	RepeatOfRef       string
	HasNewReply       bool

	Status Status

	// Deadlines, computed on the working calendar from the SLA policy.
	DueAck        *time.Time
	DueResolve    *time.Time
	DueProgress   *time.Time
	DueFollowUp   *time.Time
	DueUnverified bool // a due time lies in a year the holiday calendar does not cover
	NextDue       *time.Time
	slaStart      time.Time // when the resolve clock started: received, or reopened
	lastContact   time.Time // the latest call, letter, visit or email to the complainant

	AcknowledgedAt *time.Time
	ResolvedAt     *time.Time
	ClosedAt       *time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Overdue reports whether the next pending deadline has passed at now.
func (c *Complaint) Overdue(now time.Time) bool {
	return c.NextDue != nil && c.NextDue.Before(now)
}

// EventKind is what a timeline entry records.
type EventKind string

const (
	EventCall       EventKind = "call"
	EventLetter     EventKind = "letter"
	EventEmail      EventKind = "email"
	EventVisit      EventKind = "visit"
	EventNote       EventKind = "note"
	EventStatus     EventKind = "status"
	EventAssignment EventKind = "assignment"
	EventEscalation EventKind = "escalation"
	EventRating     EventKind = "rating"
	EventEvidence   EventKind = "evidence"
	EventAssessment EventKind = "assessment"
	EventFollowUp   EventKind = "followup"
	EventLetterOut  EventKind = "letter_issued"
)

// Direction says whether a contact came in from the complainant or went out to them.
type Direction string

const (
	DirIn  Direction = "in"
	DirOut Direction = "out"
)

// Event is one entry on a complaint's timeline.
type Event struct {
	ID          int64
	ComplaintID int64
	At          time.Time
	Kind        EventKind
	By          string
	Summary     string
	Direction   Direction     // calls, letters, emails, visits
	Contact     string        // phone number, address or email of the other side
	Duration    time.Duration // calls and visits
	FromStatus  Status        // status changes
	ToStatus    Status
	RefID       int64 // id of the related record (evidence, message, letter), 0 when none
}

// Evidence is a file attached to a complaint; the bytes live once per sha256.
type Evidence struct {
	ID          int64
	ComplaintID int64
	Filename    string
	ContentType string
	Size        int64
	SHA256      string
	Note        string
	AddedBy     string
	AddedAt     time.Time
}

// Department is a responsible department.
type Department struct {
	Code   string
	Name   string
	Active bool
}

// Category is a complaint category (editable list).
type Category struct {
	Code   string
	Name   string
	Active bool
}

// Role is what an account may do.
type Role string

const (
	RoleClerk      Role = "clerk"      // tier 1
	RoleSupervisor Role = "supervisor" // tier 2
	RoleDirector   Role = "director"   // tier 3
	RoleAdmin      Role = "admin"
)

// User is a named account.
type User struct {
	Name        string // login name, unique
	DisplayName string
	Tier        int // handler tier 1..3
	Role        Role
	Department  string
	Active      bool
	HasPassword bool // a password is set: the account signs in with it
}

// AuditEntry is one row of the audit trail.
type AuditEntry struct {
	ID       int64
	At       time.Time
	User     string
	Entity   string
	EntityID int64
	Action   string
	Changes  string // JSON object of field -> [old, new] or values
	Ref      string // the reference number of the complaint the row concerns, "" when none
}

// Errors returned by the store; wrap them, compare with errors.Is.
var (
	ErrNotFound  = errors.New("not found")
	ErrInvalid   = errors.New("invalid input")
	ErrForbidden = errors.New("action not allowed")
	ErrConflict  = errors.New("conflict")
	ErrDiskFull  = errors.New("the disk is full")
	// Why a database file cannot be opened.
	ErrNotADatabase = errors.New("the file is not a Complaint Desk database")
	ErrReadOnly     = errors.New("the database file is read-only")
	ErrLocked       = errors.New("another program is writing to the database")
	ErrCannotOpen   = errors.New("the database file cannot be opened")
)
