package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// seedName is a row a new database is created with (0001_core.sql): a shipped category or
// department, or the built-in account, and its name in each language of the window.
type seedName struct {
	table, key, column, code string
	names                    map[string]string // language → name
}

// seedNames are named in the window's language: saving another language renames each one the
// office has not renamed itself (its name is still one of these), so that an office in Hong
// Kong reads 客戶服務部 and 系統管理員, and one working in English Customer service.
var seedNames = []seedName{
	category("service", "服务态度", "服務態度", "Service attitude"),
	category("quality", "产品/工程质量", "產品/工程品質", "Product/engineering quality"),
	category("delay", "交付延误", "交付延誤", "Delivery delay"),
	category("fees", "收费/价格", "收費/價格", "Fees/price"),
	category("contract", "合同", "合約", "Contract"),
	category("facilities", "设施设备", "設施設備", "Facilities"),
	category("environment", "环境卫生", "環境衛生", "Environment"),
	category("catering", "餐饮", "餐飲", "Catering"),
	category("equipment", "会议设备", "會議設備", "Meeting equipment"),
	category("other", "其他", "其他", "Other"),
	department("service", "客户服务部", "客戶服務部", "Customer service"),
	department("engineering", "工程部", "工程部", "Engineering"),
	department("security", "安保部", "保安部", "Security"),
	department("cleaning", "保洁部", "清潔部", "Cleaning"),
	department("finance", "财务部", "財務部", "Finance"),
	department("conference", "会议服务部", "會議服務部", "Conference services"),
	department("catering", "餐饮部", "餐飲部", "Catering"),
	{"users", "name", "display_name", "admin", map[string]string{"zh-Hans": "系统管理员", "zh-Hant": "系統管理員", "en": "Administrator"}},
}

func category(code, hans, hant, en string) seedName {
	return seedName{"categories", "code", "name", code, map[string]string{"zh-Hans": hans, "zh-Hant": hant, "en": en}}
}

func department(code, hans, hant, en string) seedName {
	return seedName{"departments", "code", "name", code, map[string]string{"zh-Hans": hans, "zh-Hant": hant, "en": en}}
}

// SetLanguage saves the window's language and, in the same transaction, gives the shipped
// categories and departments and the built-in account their names in it (nameShipped).
func (s *Store) SetLanguage(ctx context.Context, code string) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		now := s.now(ctx)
		if err := setSetting(ctx, tx, now, SettingLanguage, code); err != nil {
			return err
		}
		_, err := nameShipped(ctx, tx, now, code)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: set language: %w", err)
	}
	return nil
}

// NameShipped gives what the program shipped its name in the language the window starts in,
// as saving that language would have: a database whose language was chosen before its names
// followed it reads them in it from the next start. Nothing is written when they do already.
func (s *Store) NameShipped(ctx context.Context, code string) error {
	var renamed int
	probe := func(q querier) error {
		var err error
		renamed, err = shippedToRename(ctx, q, code)
		return err
	}
	if err := probe(s.r); err != nil || renamed == 0 {
		return err
	}
	err := s.write(ctx, func(tx *sql.Conn) error {
		_, err := nameShipped(ctx, tx, s.now(ctx), code)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: name what was shipped: %w", err)
	}
	return nil
}

// shippedToRename counts the shipped rows nameShipped would rename into code.
func shippedToRename(ctx context.Context, q querier, code string) (int, error) {
	n := 0
	for _, sn := range seedNames {
		_, _, due, err := sn.due(ctx, q, code)
		if err != nil {
			return 0, err
		}
		if due {
			n++
		}
	}
	return n, nil
}

// nameShipped gives each shipped row the office has not renamed (its name is still one it was
// given in some language) its name in code. A name another row already has (a department the
// office added as "Finance") leaves that row as it is. Each rename is in the audit trail.
func nameShipped(ctx context.Context, tx *sql.Conn, now time.Time, code string) (int, error) {
	renamed := 0
	for _, n := range seedNames {
		name, want, due, err := n.due(ctx, tx, code)
		if err != nil {
			return renamed, err
		}
		if !due {
			continue
		}
		var taken bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+n.table+` WHERE `+n.column+` = ? AND `+n.key+` <> ?)`,
			want, n.code).Scan(&taken); err != nil {
			return renamed, err
		}
		if n.table == "users" && !taken {
			// A display name is also unique against logins.
			if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE name = ? AND name <> ?)`,
				want, n.code).Scan(&taken); err != nil {
				return renamed, err
			}
		}
		if taken {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE `+n.table+` SET `+n.column+` = ? WHERE `+n.key+` = ?`, want, n.code); err != nil {
			return renamed, err
		}
		entity := map[string]string{"categories": "category", "departments": "department", "users": "user"}[n.table]
		if err := audit(ctx, tx, now, entity, 0, "save", map[string]any{n.key: n.code, n.column: [2]string{name, want}}); err != nil {
			return renamed, err
		}
		renamed++
	}
	return renamed, nil
}

// due is the row's name now and the one it has in code, and whether it is to be renamed: it still
// has a name it was given, and not code's.
func (n seedName) due(ctx context.Context, q querier, code string) (name, want string, due bool, err error) {
	want, known := n.names[code]
	if !known {
		return "", "", false, nil
	}
	if name, err = n.current(ctx, q); err != nil {
		return "", "", false, err
	}
	return name, want, name != "" && name != want && n.seeded(name), nil
}

// current is the row's name now; "" when the row is gone.
func (n seedName) current(ctx context.Context, q querier) (string, error) {
	var name string
	err := q.QueryRowContext(ctx, `SELECT `+n.column+` FROM `+n.table+` WHERE `+n.key+` = ?`, n.code).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return name, err
}

// seeded reports whether name is one this row was given in some language.
func (n seedName) seeded(name string) bool {
	for _, v := range n.names {
		if v == name {
			return true
		}
	}
	return false
}
