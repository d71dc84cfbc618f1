package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
// categories and departments and the built-in account their names in it, each one the office
// has not renamed. A name another row already has (a department the office added as "Finance")
// leaves that row as it is. Each rename is in the audit trail.
func (s *Store) SetLanguage(ctx context.Context, code string) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		now := s.now(ctx)
		if err := setSetting(ctx, tx, now, SettingLanguage, code); err != nil {
			return err
		}
		for _, n := range seedNames {
			want, ok := n.names[code]
			if !ok {
				continue
			}
			var name string
			err := tx.QueryRowContext(ctx, `SELECT `+n.column+` FROM `+n.table+` WHERE `+n.key+` = ?`, n.code).Scan(&name)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if name == want || !n.seeded(name) {
				continue
			}
			var taken bool
			if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+n.table+` WHERE `+n.column+` = ? AND `+n.key+` <> ?)`,
				want, n.code).Scan(&taken); err != nil {
				return err
			}
			if n.table == "users" && !taken {
				// A display name is also unique against logins.
				if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE name = ? AND name <> ?)`,
					want, n.code).Scan(&taken); err != nil {
					return err
				}
			}
			if taken {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE `+n.table+` SET `+n.column+` = ? WHERE `+n.key+` = ?`, want, n.code); err != nil {
				return err
			}
			entity := map[string]string{"categories": "category", "departments": "department", "users": "user"}[n.table]
			if err := audit(ctx, tx, now, entity, 0, "save", map[string]any{n.key: n.code, n.column: [2]string{name, want}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: set language: %w", err)
	}
	return nil
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
